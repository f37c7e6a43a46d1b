package main

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string { return names[s] }

type Event string

type Machine struct {
	state       State
	transitions map[State]map[Event]State
	history     []State
}

func NewMachine() *Machine {
	return &Machine{
		state: Idle,
		transitions: map[State]map[Event]State{
			Idle:    {"start": Running},
			Running: {"pause": Paused, "stop": Stopped},
			Paused:  {"resume": Running, "stop": Stopped},
		},
	}
}

func (m *Machine) Fire(e Event) bool {
	next, ok := m.transitions[m.state][e]
	if !ok {
		return false
	}
	m.history = append(m.history, m.state)
	m.state = next
	return true
}

func main() {
	m := NewMachine()
	for _, e := range []Event{"pause", "start", "pause", "pause", "resume", "stop", "start"} {
		ok := m.Fire(e)
		println(string(e), ok, m.state.String())
	}
	print("history:")
	for _, s := range m.history {
		print(" ", s.String())
	}
	println()
	println(len(m.transitions[Stopped]), Paused, State(1).String())
}
