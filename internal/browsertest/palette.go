package browsertest

import (
	"image"
	"image/color"
	"image/png"
	"io"
	"sort"
)

// Quantize returns img with its 256 most frequent colours, each pixel
// mapped to the nearest of them without dithering. A page screenshot has
// few colours besides the anti-aliasing of its text, so the result looks
// the same at a third of the PNG size (the README's picture).
func Quantize(img image.Image) *image.Paletted {
	b := img.Bounds()
	rgba := func(x, y int) color.RGBA {
		r, g, bl, _ := img.At(x, y).RGBA()
		return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), 255}
	}
	count := map[color.RGBA]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			count[rgba(x, y)]++
		}
	}
	colours := make([]color.RGBA, 0, len(count))
	for c := range count {
		colours = append(colours, c)
	}
	key := func(c color.RGBA) uint32 { return uint32(c.R)<<16 | uint32(c.G)<<8 | uint32(c.B) }
	sort.Slice(colours, func(i, j int) bool {
		ci, cj := count[colours[i]], count[colours[j]]
		return ci > cj || ci == cj && key(colours[i]) < key(colours[j])
	})
	pal := make(color.Palette, 0, 256)
	for _, c := range colours[:min(len(colours), 256)] {
		pal = append(pal, c)
	}
	out := image.NewPaletted(b, pal)
	index := map[color.RGBA]uint8{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := rgba(x, y)
			i, ok := index[c]
			if !ok {
				i = uint8(pal.Index(c))
				index[c] = i
			}
			out.SetColorIndex(x, y, i)
		}
	}
	return out
}

// WriteSmallPNG writes img quantized, with the best compression.
func WriteSmallPNG(w io.Writer, img image.Image) error {
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	return enc.Encode(w, Quantize(img))
}
