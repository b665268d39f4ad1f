//go:build !race

package convert

// raceEnabled is true under the race detector, which slows loading ~10×.
const raceEnabled = false
