module github.com/faultline/faultline/harness/bench/porcupine

go 1.26

require github.com/anishathalye/porcupine v1.3.1
