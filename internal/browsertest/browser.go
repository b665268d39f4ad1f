package browsertest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// Flags returns the Chromium flags every run uses, besides a fresh
// --user-data-dir and the run's own flags: no sandbox (containers), no GPU,
// and nothing that reaches the network behind the page's back.
func Flags() []string {
	return []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
	}
}

// Browser runs headless Chromium.
type Browser struct {
	Path          string        // the chromium executable
	Width, Height int           // window size in CSS pixels
	Budget        time.Duration // virtual time the page's scripts get before the dump or screenshot
	// Env, when not nil, is the environment of the browser process (e.g.
	// with FONTCONFIG_FILE set to hide fonts).
	Env []string
}

// FindChromium returns the Chromium executable: $ZHPIPE_CHROMIUM, or the
// first of chromium, chromium-browser, google-chrome found on PATH.
func FindChromium() (string, error) {
	if p := os.Getenv("ZHPIPE_CHROMIUM"); p != "" {
		return exec.LookPath(p)
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("browsertest: no chromium, chromium-browser or google-chrome on PATH")
}

// run starts the browser with a fresh profile directory and the given
// extra flags, and returns its standard output.
func (b *Browser) run(ctx context.Context, extra ...string) ([]byte, error) {
	profile, err := os.MkdirTemp("", "zhpipe-chromium-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	args := Flags()
	args = append(args,
		"--user-data-dir="+profile,
		"--window-size="+strconv.Itoa(b.Width)+","+strconv.Itoa(b.Height),
		"--virtual-time-budget="+strconv.Itoa(int(b.Budget/time.Millisecond)),
	)
	args = append(args, extra...)
	cmd := exec.CommandContext(ctx, b.Path, args...)
	cmd.Env = b.Env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		tail := stderr.Bytes()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return nil, fmt.Errorf("browsertest: %s: %w\n%s", filepath.Base(b.Path), err, tail)
	}
	return stdout.Bytes(), nil
}

// DumpDOM returns the serialized DOM of the page at a URL after the page's scripts ran.
func (b *Browser) DumpDOM(ctx context.Context, page string) (string, error) {
	out, err := b.run(ctx, "--dump-dom", page)
	if err != nil {
		return "", err
	}
	if len(bytes.TrimSpace(out)) == 0 {
		return "", errors.New("browsertest: the browser dumped an empty DOM")
	}
	return string(out), nil
}

// Screenshot writes a PNG of the first window-full of the page at a URL
// to the file png.
func (b *Browser) Screenshot(ctx context.Context, page, png string) error {
	if _, err := b.run(ctx, "--screenshot="+png, page); err != nil {
		return err
	}
	st, err := os.Stat(png)
	if err != nil {
		return fmt.Errorf("browsertest: no screenshot: %w", err)
	}
	if st.Size() == 0 {
		return errors.New("browsertest: empty screenshot")
	}
	return nil
}

// FileURL returns the file:// URL of path with a fragment.
func FileURL(path, fragment string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), Fragment: fragment}
	return u.String(), nil
}
