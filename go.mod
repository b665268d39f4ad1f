module github.com/zhpipe/zhpipe

go 1.26.8

require (
	github.com/6tail/lunar-go v1.4.7
	github.com/go-ego/gse v0.80.3
	github.com/liuzl/gocc v0.0.0-20231231122217-0372e1059ca5
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	golang.org/x/text v0.44.0
)

require (
	github.com/adamzy/cedar-go v0.0.0-20170805034717-80a9c64b256d // indirect
	github.com/liuzl/cedar-go v0.0.0-20170805034717-80a9c64b256d // indirect
	github.com/liuzl/da v0.0.0-20180704015230-14771aad5b1d // indirect
	github.com/vcaesar/cedar v0.20.2 // indirect
)
