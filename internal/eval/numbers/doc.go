// Package numbers evaluates pipeline/numeral and pipeline/quantity on the
// peers' suites in ../shared/eval/numbers: cn2an's strict, normal and smart
// cases and its rejected inputs, and Duckling's Chinese numerals, ordinals,
// money and quantities.
package numbers
