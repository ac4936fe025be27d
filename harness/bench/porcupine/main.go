// Command porcupine-bench checks Porcupine's etcd and kv logs (the Faultline fixtures) with Porcupine
// itself, verifies each verdict against EXPECTED.tsv and prints the mean time per file over warm runs,
// in the same shape as io.faultline.bench.CheckerBench so scripts/bench-vs-porcupine.sh can compare them.
//
//	go run . [-runs 20] [-warmup 10] [-fixtures histories/src/test/resources/fixtures]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/anishathalye/porcupine"
)

const relative = "histories/src/test/resources/fixtures"

type fixture struct {
	name     string // e.g. porcupine/jepsen/etcd_000.log
	ops      []porcupine.Operation
	model    porcupine.Model
	expected bool
}

type totals struct {
	family                     string
	total, worst               float64 // CheckOperations: sum of per-file means, largest per-file mean
	worstName                  string
	verboseTotal, verboseWorst float64 // CheckOperationsVerbose (computes the partial linearizations)
	verboseWorstName           string
	timeouts                   int // files with no verdict within the timeout: their time is a lower bound
}

func main() {
	runs := flag.Int("runs", 20, "timed runs per file (after the warm-up)")
	warmup := flag.Int("warmup", 10, "untimed warm-up runs per file")
	timeout := flag.Duration("timeout", 30*time.Second, "give up a file whose first check takes longer (reported as timeout, its time a lower bound)")
	verbose := flag.Bool("verbose", false, "also time CheckOperationsVerbose (slow on illegal histories)")
	root := flag.String("fixtures", "", "fixtures folder (default: "+relative+" above the working directory)")
	flag.Parse()
	if *root == "" {
		*root = findRoot()
	}
	expected, err := readExpected(filepath.Join(*root, "porcupine", "EXPECTED.tsv"))
	check(err)
	fmt.Printf("porcupine checker bench: %d warm runs per file, %d cores, GOMAXPROCS %d, %s\n",
		*runs, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())
	disagreements := 0
	var all []totals
	for _, family := range []struct {
		name, folder string
		parse        func(string) ([]porcupine.Operation, error)
		model        porcupine.Model
	}{
		{"etcd", "jepsen", parseEtcd, etcdModel},
		{"kv", "kv", parseKv, kvModel},
	} {
		fixtures, err := load(*root, family.folder, family.parse, family.model, expected)
		check(err)
		t, bad := table(family.name, fixtures, *runs, *warmup, *timeout, *verbose)
		disagreements += bad
		all = append(all, t)
	}
	for _, t := range all {
		fmt.Printf("summary %s check total_ms=%.3f worst_file=%s worst_file_ms=%.3f timeouts=%d\n",
			t.family, t.total, t.worstName, t.worst, t.timeouts)
		if !*verbose {
			continue
		}
		fmt.Printf("summary %s verbose total_ms=%.3f worst_file=%s worst_file_ms=%.3f\n",
			t.family, t.verboseTotal, t.verboseWorstName, t.verboseWorst)
	}
	if disagreements > 0 {
		fmt.Fprintf(os.Stderr, "error: %d verdict(s) disagree with EXPECTED.tsv\n", disagreements)
		os.Exit(1)
	}
}

// table times every fixture, prints a row each and returns the totals and the number of wrong verdicts.
func table(family string, fixtures []fixture, runs, warmup int, timeout time.Duration, withVerbose bool) (totals, int) {
	fmt.Printf("%-32s %6s %-8s %9s %9s %11s\n", family+" file", "calls", "verdict", "mean ms", "worst ms", "verbose ms")
	t := totals{family: family}
	bad := 0
	for _, f := range fixtures {
		start := time.Now()
		res := porcupine.CheckOperationsTimeout(f.model, f.ops, timeout)
		first := float64(time.Since(start).Nanoseconds()) / 1e6
		if res == porcupine.Unknown {
			fmt.Printf("%-32s %6d %-8s %9s %9.2f %11s\n", f.name, len(f.ops), "timeout", ">"+fmt.Sprintf("%.0f", first), first, "-")
			fmt.Fprintf(os.Stderr, "warning: %s: porcupine gave no verdict within %v; counted as %.0f ms (a lower bound)\n", f.name, timeout, first)
			t.timeouts++
			t.total += first
			if first > t.worst {
				t.worst, t.worstName = first, f.name
			}
			continue
		}
		ok := res == porcupine.Ok
		verdict := "ok"
		if !ok {
			verdict = "illegal"
		}
		if ok != f.expected {
			verdict += "!"
			bad++
			fmt.Fprintf(os.Stderr, "error: %s: porcupine says linearizable=%v, EXPECTED.tsv says %v\n", f.name, ok, f.expected)
		}
		for i := 0; i < warmup; i++ {
			porcupine.CheckOperations(f.model, f.ops)
			if withVerbose {
				porcupine.CheckOperationsVerbose(f.model, f.ops, 0)
			}
		}
		var sum, worstRun float64
		for i := 0; i < runs; i++ {
			start := time.Now()
			porcupine.CheckOperations(f.model, f.ops)
			ms := float64(time.Since(start).Nanoseconds()) / 1e6
			sum += ms
			worstRun = max(worstRun, ms)
		}
		var verbose float64
		for i := 0; withVerbose && i < runs; i++ {
			start := time.Now()
			porcupine.CheckOperationsVerbose(f.model, f.ops, 0)
			verbose += float64(time.Since(start).Nanoseconds()) / 1e6
		}
		mean, verboseMean := sum/float64(runs), verbose/float64(runs)
		fmt.Printf("%-32s %6d %-8s %9.2f %9.2f %11.2f\n", f.name, len(f.ops), verdict, mean, worstRun, verboseMean)
		t.total += mean
		if mean > t.worst {
			t.worst, t.worstName = mean, f.name
		}
		t.verboseTotal += verboseMean
		if verboseMean > t.verboseWorst {
			t.verboseWorst, t.verboseWorstName = verboseMean, f.name
		}
	}
	fmt.Printf("%s: %d files, total %.1f ms, mean %.2f ms/file, worst file %s %.2f ms; verbose: total %.1f ms\n\n",
		family, len(fixtures), t.total, t.total/float64(len(fixtures)), t.worstName, t.worst, t.verboseTotal)
	return t, bad
}

func load(root, folder string, parse func(string) ([]porcupine.Operation, error), model porcupine.Model,
	expected map[string]bool) ([]fixture, error) {
	entries, err := os.ReadDir(filepath.Join(root, "porcupine", folder))
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var fixtures []fixture
	for _, n := range names {
		key := folder + "/" + n
		want, known := expected[key]
		if !known {
			return nil, fmt.Errorf("%s is not in EXPECTED.tsv", key)
		}
		ops, err := parse(filepath.Join(root, "porcupine", folder, n))
		if err != nil {
			return nil, err
		}
		fixtures = append(fixtures, fixture{name: "porcupine/" + key, ops: ops, model: model, expected: want})
	}
	return fixtures, nil
}

// readExpected reads "file<TAB>ops<TAB>expected_linearizable" rows.
func readExpected(path string) (map[string]bool, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	expected := map[string]bool{}
	for _, line := range lines[1:] {
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s: bad row %q", path, line)
		}
		expected[cols[0]] = cols[2] == "true"
	}
	return expected, nil
}

func findRoot() string {
	dir, err := os.Getwd()
	check(err)
	for {
		if st, err := os.Stat(filepath.Join(dir, relative)); err == nil && st.IsDir() {
			return filepath.Join(dir, relative)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			check(fmt.Errorf("cannot find %s above the working directory; pass -fixtures", relative))
		}
		dir = parent
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(2)
	}
}
