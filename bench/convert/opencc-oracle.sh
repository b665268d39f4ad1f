#!/bin/sh
# opencc-oracle.sh — build OpenCC 1.4.2's own C++ as a test oracle for
# pipeline/convert (TestOracle), outside the repository.
#
# Usage: bench/convert/opencc-oracle.sh DIR
#        ZHPIPE_OPENCC_ORACLE=DIR go test -run TestOracle ./pipeline/convert
#
# It takes the C++ sources and the compiled dictionaries (prebuilds/assets,
# built by OpenCC's own build, generated dictionaries included) from the npm
# package opencc@1.4.2, compiles them with g++ against Debian's libmarisa and
# rapidjson (installed when missing), and links a small harness, `occ
# CONFIG.json`, that converts length-prefixed records (4-byte little-endian
# length + bytes) from stdin to stdout with OpenCC's API defaults (tofu-risk
# dictionaries included). The darts-based loaders (.ocd, "text") are stubbed
# out: no config uses them. Nothing of this enters the repository or zhpipe.
set -eu

out=${1:?usage: opencc-oracle.sh DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

for p in g++ libmarisa-dev rapidjson-dev; do
	dpkg -s "$p" >/dev/null 2>&1 || apt-get install -y "$p" >/dev/null
done

(cd "$work" && npm pack --silent opencc@1.4.2 >/dev/null && tar -xzf opencc-1.4.2.tgz)
src="$work/package/src"

# Build without darts-clone (not packaged by Debian): the "text" loader uses
# TextDict directly and the .ocd loaders fail; configs use .ocd2 (marisa).
python3 - "$src/Config.cpp" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace('#include "DartsDict.hpp"\n', '')
s = s.replace('DictPtr dict = DartsDict::NewFromDict(*textDict.get());', 'DictPtr dict = textDict;')
s = s.replace('DictPtr dict =\n        DartsDict::NewFromBuffer(resource->Data(), resource->Size());',
              'DictPtr dict; throw FileNotFound(fileName);')
s = s.replace('return LoadDictWithResourceProvider<DartsDict>("ocd", fileName);', 'throw FileNotFound(fileName);')
open(p, 'w').write(s)
PY

cat > "$work/harness.cpp" <<'CPP'
#include <cstdint>
#include <cstdio>
#include <string>
#include "src/Config.hpp"
#include "src/Converter.hpp"
int main(int argc, char** argv) {
  if (argc != 2) { fprintf(stderr, "usage: occ CONFIG.json\n"); return 2; }
  opencc::Config config;
  opencc::ConverterPtr conv = config.NewFromFile(argv[1]);
  for (;;) {
    uint32_t n;
    if (fread(&n, 4, 1, stdin) != 1) break;
    std::string s(n, '\0');
    if (n && fread(&s[0], 1, n, stdin) != n) break;
    try {
      std::string o = conv->Convert(std::string_view(s));
      uint32_t m = o.size();
      fwrite(&m, 4, 1, stdout);
      fwrite(o.data(), 1, m, stdout);
    } catch (...) {
      uint32_t m = 0xFFFFFFFF;
      fwrite(&m, 4, 1, stdout);
    }
  }
  return 0;
}
CPP

mkdir -p "$work/obj"
for f in "$src"/*.cpp; do
	case $(basename "$f") in
	*Test.cpp | DartsDict.cpp | DictConverter.cpp | py_opencc.cpp | PhraseExtract.cpp) continue ;;
	esac
	g++ -std=c++17 -O2 -c -I"$src" -I"$work/package" "$f" -o "$work/obj/$(basename "$f" .cpp).o"
done
g++ -std=c++17 -O2 -I"$work/package" -I"$src" "$work/harness.cpp" "$work"/obj/*.o -lmarisa -ldl -lpthread -o "$out/occ"
cp "$work"/package/prebuilds/assets/* "$out/"
echo "opencc-oracle: $out/occ with $(ls "$out"/*.json | wc -l) configs"
