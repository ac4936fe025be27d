package main

import (
	"fmt"

	"github.com/anishathalye/porcupine"
)

const (
	opRead = iota
	opWrite
	opCas
	opGet
	opPut
	opAppend
)

// register is the cas register's state; present is false for nil (the initial state).
type register struct {
	present bool
	v       int
}

type etcdInput struct {
	op   int
	a, b int // write: a; cas: from a to b
}

type etcdOutput struct {
	ok      bool     // write, read: true; cas: whether it swapped
	value   register // read
	unknown bool     // :info, the outcome is not known
}

// etcdModel is a compare-and-set register that starts as nil.
var etcdModel = porcupine.Model{
	Init: func() interface{} { return register{} },
	Step: func(state, input, output interface{}) (bool, interface{}) {
		st, in, out := state.(register), input.(etcdInput), output.(etcdOutput)
		switch in.op {
		case opRead:
			return out.unknown || out.value == st, st
		case opWrite:
			return true, register{present: true, v: in.a}
		default: // cas
			matches := st.present && st.v == in.a
			if out.unknown {
				if matches {
					return true, register{present: true, v: in.b}
				}
				return true, st
			}
			if matches {
				return out.ok, register{present: true, v: in.b}
			}
			return !out.ok, st
		}
	},
	Equal: func(a, b interface{}) bool { return a.(register) == b.(register) },
	DescribeOperation: func(input, output interface{}) string {
		return fmt.Sprintf("%v -> %v", input, output)
	},
}

type kvInput struct {
	op         int
	key, value string
}

type kvOutput struct {
	value   string
	unknown bool
}

// kvModel is a map of string registers, "" when absent, checked one key at a time.
var kvModel = porcupine.Model{
	Partition: func(history []porcupine.Operation) [][]porcupine.Operation {
		byKey := map[string][]porcupine.Operation{}
		var keys []string
		for _, op := range history {
			k := op.Input.(kvInput).key
			if _, seen := byKey[k]; !seen {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], op)
		}
		parts := make([][]porcupine.Operation, 0, len(keys))
		for _, k := range keys {
			parts = append(parts, byKey[k])
		}
		return parts
	},
	Init: func() interface{} { return "" },
	Step: func(state, input, output interface{}) (bool, interface{}) {
		st, in, out := state.(string), input.(kvInput), output.(kvOutput)
		switch in.op {
		case opGet:
			return out.unknown || out.value == st, st
		case opPut:
			return true, in.value
		default: // append
			return true, st + in.value
		}
	},
	Equal: func(a, b interface{}) bool { return a.(string) == b.(string) },
	DescribeOperation: func(input, output interface{}) string {
		return fmt.Sprintf("%v -> %v", input, output)
	},
}
