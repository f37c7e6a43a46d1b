package os

// The environment: what the host passes (a WASI host's environment; none for the other targets).

// Getenv returns the value of the environment variable key, or "" when it is unset.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	for _, kv := range hostEnviron() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	env := hostEnviron()
	out := make([]string, len(env))
	copy(out, env)
	return out
}

// hostEnviron is the runtime's (declared without a body: the compiler calls runtime.hostEnviron).
func hostEnviron() []string
