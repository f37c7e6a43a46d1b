package os

// The environment: a WebAssembly module has none of its own, so every variable is unset.

// Getenv returns the value of the environment variable key: always "" here.
func Getenv(key string) string { return "" }

// LookupEnv returns the value of the environment variable key and whether it is set: never.
func LookupEnv(key string) (string, bool) { return "", false }

// Environ returns the environment as "key=value" strings: none.
func Environ() []string { return nil }
