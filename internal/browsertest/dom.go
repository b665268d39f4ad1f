package browsertest

import (
	"fmt"
	"html"
	"strings"
)

// Node is an element of a parsed DOM dump (or the document root, whose Tag
// is ""), with its attributes and its children, text included.
type Node struct {
	Tag      string
	Attrs    map[string]string
	Children []*Node
	Data     string // the text of a text node (Tag "#text"), unescaped
}

// isVoid reports whether an element has no end tag.
func isVoid(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}

// ParseDOM parses the serialized DOM that Chromium's --dump-dom writes. It
// is not a general HTML parser: it relies on the serializer's habits
// (every non-void element closed, attributes in double quotes, script and
// style contents raw), and reports an error when they do not hold.
func ParseDOM(src string) (*Node, error) {
	root := &Node{}
	stack := []*Node{root}
	top := func() *Node { return stack[len(stack)-1] }
	i := 0
	for i < len(src) {
		lt := strings.IndexByte(src[i:], '<')
		if lt < 0 {
			lt = len(src) - i
		}
		if lt > 0 {
			top().Children = append(top().Children, &Node{Tag: "#text", Data: html.UnescapeString(src[i : i+lt])})
			i += lt
			continue
		}
		switch {
		case strings.HasPrefix(src[i:], "<!--"):
			end := strings.Index(src[i:], "-->")
			if end < 0 {
				return nil, fmt.Errorf("browsertest: unclosed comment at %d", i)
			}
			i += end + 3
		case strings.HasPrefix(src[i:], "<!"):
			end := strings.IndexByte(src[i:], '>')
			if end < 0 {
				return nil, fmt.Errorf("browsertest: unclosed doctype at %d", i)
			}
			i += end + 1
		case strings.HasPrefix(src[i:], "</"):
			end := strings.IndexByte(src[i:], '>')
			if end < 0 {
				return nil, fmt.Errorf("browsertest: unclosed end tag at %d", i)
			}
			tag := strings.ToLower(strings.TrimSpace(src[i+2 : i+end]))
			if len(stack) < 2 || top().Tag != tag {
				return nil, fmt.Errorf("browsertest: </%s> at %d closes <%s>", tag, i, top().Tag)
			}
			stack = stack[:len(stack)-1]
			i += end + 1
		default:
			n, next, err := parseStartTag(src, i)
			if err != nil {
				return nil, err
			}
			i = next
			top().Children = append(top().Children, n)
			if isVoid(n.Tag) {
				continue
			}
			if n.Tag == "script" || n.Tag == "style" {
				end := strings.Index(src[i:], "</"+n.Tag+">")
				if end < 0 {
					return nil, fmt.Errorf("browsertest: unclosed <%s> at %d", n.Tag, i)
				}
				n.Children = []*Node{{Tag: "#text", Data: src[i : i+end]}}
				i += end + len(n.Tag) + 3
				continue
			}
			stack = append(stack, n)
		}
	}
	if len(stack) != 1 {
		return nil, fmt.Errorf("browsertest: <%s> is not closed", top().Tag)
	}
	return root, nil
}

// parseStartTag parses the start tag at src[i] and returns the element and
// the offset after the tag.
func parseStartTag(src string, i int) (*Node, int, error) {
	j := i + 1
	for j < len(src) && !isSpace(src[j]) && src[j] != '>' && src[j] != '/' {
		j++
	}
	n := &Node{Tag: strings.ToLower(src[i+1 : j]), Attrs: map[string]string{}}
	if n.Tag == "" || !('a' <= n.Tag[0] && n.Tag[0] <= 'z') {
		return nil, 0, fmt.Errorf("browsertest: bad tag name at %d", i)
	}
	for {
		for j < len(src) && (isSpace(src[j]) || src[j] == '/') {
			j++
		}
		if j >= len(src) {
			return nil, 0, fmt.Errorf("browsertest: unclosed <%s> tag at %d", n.Tag, i)
		}
		if src[j] == '>' {
			return n, j + 1, nil
		}
		k := j
		for k < len(src) && !isSpace(src[k]) && src[k] != '=' && src[k] != '>' {
			k++
		}
		name := strings.ToLower(src[j:k])
		j = k
		if j < len(src) && src[j] == '=' {
			if j+1 >= len(src) || src[j+1] != '"' {
				return nil, 0, fmt.Errorf("browsertest: unquoted attribute %s at %d", name, j)
			}
			end := strings.IndexByte(src[j+2:], '"')
			if end < 0 {
				return nil, 0, fmt.Errorf("browsertest: unclosed attribute %s at %d", name, j)
			}
			n.Attrs[name] = html.UnescapeString(src[j+2 : j+2+end])
			j += end + 3
		} else {
			n.Attrs[name] = ""
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// Text returns the text content of n: the text of all its descendants.
func (n *Node) Text() string {
	var b strings.Builder
	n.walk(func(x *Node) bool {
		if x.Tag == "#text" {
			b.WriteString(x.Data)
		}
		return true
	})
	return b.String()
}

// Find returns the elements under n (n included) for which match is true,
// in document order.
func (n *Node) Find(match func(*Node) bool) []*Node {
	var out []*Node
	n.walk(func(x *Node) bool {
		if x.Tag != "#text" && match(x) {
			out = append(out, x)
		}
		return true
	})
	return out
}

// ByID returns the element with the given id, or nil.
func (n *Node) ByID(id string) *Node {
	if xs := n.Find(func(x *Node) bool { return x.Attrs["id"] == id }); len(xs) > 0 {
		return xs[0]
	}
	return nil
}

// HasClass reports whether n's class attribute lists c.
func (n *Node) HasClass(c string) bool {
	for _, f := range strings.Fields(n.Attrs["class"]) {
		if f == c {
			return true
		}
	}
	return false
}

func (n *Node) walk(visit func(*Node) bool) {
	if !visit(n) {
		return
	}
	for _, c := range n.Children {
		c.walk(visit)
	}
}
