package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/anishathalye/porcupine"
)

// never is the return time of a call whose outcome is unknown (:info, or no completion in the log):
// it may take effect at any point after its invocation.
const never = math.MaxInt64

// open is an invoked call waiting for its completion, keyed by process.
type open struct {
	call  int64
	input interface{}
}

// readLines returns the non-empty lines of a file.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			lines = append(lines, line)
		}
	}
	return lines, sc.Err()
}

// parseEtcd reads a Jepsen etcd log: "INFO  jepsen.util - <process>\t:<type>\t:<f>\t<value>".
// The line number is the timestamp.
func parseEtcd(path string) ([]porcupine.Operation, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	pending := map[int]open{}
	var ops []porcupine.Operation
	for i, line := range lines {
		at := strings.Index(line, "jepsen.util - ")
		if at < 0 {
			continue
		}
		fields := strings.Split(line[at+len("jepsen.util - "):], "\t")
		if len(fields) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields: %q", path, i+1, line)
		}
		process, err := strconv.Atoi(strings.TrimSpace(fields[0]))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: process: %v", path, i+1, err)
		}
		kind, f, value := fields[1], fields[2], strings.TrimSpace(fields[3])
		t := int64(i)
		if kind == ":invoke" {
			in, err := etcdInputOf(f, value)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, i+1, err)
			}
			pending[process] = open{call: t, input: in}
			continue
		}
		p, ok := pending[process]
		if !ok {
			return nil, fmt.Errorf("%s:%d: completion without invocation", path, i+1)
		}
		delete(pending, process)
		op := porcupine.Operation{ClientId: process, Input: p.input, Call: p.call, Return: t}
		switch kind {
		case ":ok":
			out := etcdOutput{ok: true}
			if f == ":read" {
				if value != "nil" {
					v, err := strconv.Atoi(value)
					if err != nil {
						return nil, fmt.Errorf("%s:%d: read value: %v", path, i+1, err)
					}
					out.value = register{present: true, v: v}
				}
			}
			op.Output = out
		case ":fail":
			op.Output = etcdOutput{ok: false} // the call did not take effect (a cas whose compare failed)
		case ":info":
			op.Output = etcdOutput{unknown: true}
			op.Return = never
		default:
			return nil, fmt.Errorf("%s:%d: unknown type %s", path, i+1, kind)
		}
		ops = append(ops, op)
	}
	for process, p := range pending { // never completed: unknown outcome
		ops = append(ops, porcupine.Operation{ClientId: process, Input: p.input, Call: p.call,
			Output: etcdOutput{unknown: true}, Return: never})
	}
	return ops, nil
}

func etcdInputOf(f, value string) (etcdInput, error) {
	switch f {
	case ":read":
		return etcdInput{op: opRead}, nil
	case ":write":
		v, err := strconv.Atoi(value)
		return etcdInput{op: opWrite, a: v}, err
	case ":cas":
		parts := strings.Fields(strings.Trim(value, "[]"))
		if len(parts) != 2 {
			return etcdInput{}, fmt.Errorf("cas value %q", value)
		}
		a, err1 := strconv.Atoi(parts[0])
		b, err2 := strconv.Atoi(parts[1])
		if err1 != nil || err2 != nil {
			return etcdInput{}, fmt.Errorf("cas value %q", value)
		}
		return etcdInput{op: opCas, a: a, b: b}, nil
	}
	return etcdInput{}, fmt.Errorf("unknown function %s", f)
}

// kvLine matches one EDN map of the kv logs, e.g.
// {:process 0, :type :invoke, :f :append, :key "0", :value "x 0 0 y"}; the value may be nil.
var kvLine = regexp.MustCompile(`^\{:process (\d+), :type :(\w+), :f :(\w+), :key "([^"]*)", :value (nil|"[^"]*")\}$`)

// parseKv reads a Porcupine kv log; the line number is the timestamp.
func parseKv(path string) ([]porcupine.Operation, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	pending := map[int]open{}
	var ops []porcupine.Operation
	for i, line := range lines {
		m := kvLine.FindStringSubmatch(line)
		if m == nil {
			return nil, fmt.Errorf("%s:%d: not a kv event: %q", path, i+1, line)
		}
		process, _ := strconv.Atoi(m[1])
		kind, f, key := m[2], m[3], m[4]
		value := strings.Trim(m[5], `"`)
		if m[5] == "nil" {
			value = ""
		}
		t := int64(i)
		if kind == "invoke" {
			in := kvInput{key: key, value: value}
			switch f {
			case "get":
				in.op = opGet
			case "put":
				in.op = opPut
			case "append":
				in.op = opAppend
			default:
				return nil, fmt.Errorf("%s:%d: unknown function %s", path, i+1, f)
			}
			pending[process] = open{call: t, input: in}
			continue
		}
		p, ok := pending[process]
		if !ok {
			return nil, fmt.Errorf("%s:%d: completion without invocation", path, i+1)
		}
		delete(pending, process)
		op := porcupine.Operation{ClientId: process, Input: p.input, Call: p.call, Return: t}
		switch kind {
		case "ok":
			op.Output = kvOutput{value: value}
		case "info":
			op.Output = kvOutput{unknown: true}
			op.Return = never
		default:
			return nil, fmt.Errorf("%s:%d: unsupported type %s", path, i+1, kind)
		}
		ops = append(ops, op)
	}
	for process, p := range pending {
		ops = append(ops, porcupine.Operation{ClientId: process, Input: p.input, Call: p.call,
			Output: kvOutput{unknown: true}, Return: never})
	}
	return ops, nil
}
