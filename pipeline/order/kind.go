package order

import (
	"fmt"
	"strconv"
)

// Kind is the kind of an order.
type Kind uint8

// Order kinds.
const (
	// ExecutiveOrder is a presidential executive order (行政令, 行政命令).
	ExecutiveOrder Kind = iota + 1
	// Proclamation is a presidential proclamation (总统公告).
	Proclamation
	// Memorandum is a presidential memorandum (总统备忘录).
	Memorandum
	// Announcement is an agency's numbered announcement (公告, 通告).
	Announcement
	// Law is a statute (《…法》, 法案, 法典).
	Law
	// Regulation is a regulation or rule (条例, 规定, 规则, 办法, 细则).
	Regulation
	// Decree is a numbered decree (令, 法令, 命令: 国务院令第708号).
	Decree
)

var kindNames = [...]string{"", "executive order", "proclamation", "memorandum", "announcement", "law", "regulation", "decree"}

// String returns the kind's name as written in the article summary, e.g.
// "executive order".
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("order: invalid kind %d", k)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if i > 0 && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("order: unknown kind %q", b)
}
