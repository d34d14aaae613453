# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by check_deb.sh and check_install.sh: the files an installation must hold, and a smoke
# run of the installed engram-capacity. Both take the install prefix (/usr inside an unpacked .deb).

ECW_APP_ID=io.github.engram.CapacityWorkbench
ECW_PACKAGE=engram-capacity-workbench

fail() {
    echo "FAIL: $*"
    exit 1
}

# check_layout PREFIX SOURCE_DIR
check_layout() {
    prefix=$1
    src=$2
    missing=""
    for f in \
        bin/engram-capacity \
        bin/engram-capacity-export \
        bin/engram-capacity-prometheus \
        bin/engram-workbench \
        share/applications/$ECW_APP_ID.desktop \
        share/metainfo/$ECW_APP_ID.metainfo.xml \
        share/mime/packages/$ECW_APP_ID.xml \
        share/icons/hicolor/scalable/apps/$ECW_APP_ID.svg \
        share/icons/hicolor/16x16/apps/$ECW_APP_ID.png \
        share/icons/hicolor/32x32/apps/$ECW_APP_ID.png \
        share/icons/hicolor/48x48/apps/$ECW_APP_ID.png \
        share/icons/hicolor/64x64/apps/$ECW_APP_ID.png \
        share/icons/hicolor/128x128/apps/$ECW_APP_ID.png \
        share/icons/hicolor/256x256/apps/$ECW_APP_ID.png \
        share/man/man1/engram-capacity.1.gz \
        share/man/man1/engram-capacity-export.1.gz \
        share/man/man1/engram-capacity-prometheus.1.gz \
        share/man/man1/engram-workbench.1.gz \
        share/$ECW_PACKAGE/engram-pricebook.json \
        share/doc/$ECW_PACKAGE/copyright \
        share/doc/$ECW_PACKAGE/changelog.Debian.gz; do
        [ -f "$prefix/$f" ] || missing="$missing $f"
    done
    # Every document in docs/ ships, and the README.
    for doc in "$src"/README.md "$src"/docs/*.md; do
        [ -f "$doc" ] || continue
        [ -f "$prefix/share/doc/$ECW_PACKAGE/$(basename "$doc")" ] || missing="$missing share/doc/$ECW_PACKAGE/$(basename "$doc")"
    done
    [ -z "$missing" ] || fail "missing under $prefix:$missing"
    for exe in engram-capacity engram-capacity-export engram-capacity-prometheus engram-workbench; do
        [ -x "$prefix/bin/$exe" ] || fail "$prefix/bin/$exe is not executable"
    done
    # A PNG of each size has that size (bytes 16..23 of a PNG hold width and height).
    for size in 16 32 48 64 128 256; do
        png=$prefix/share/icons/hicolor/${size}x${size}/apps/$ECW_APP_ID.png
        dims=$(od -An -tu1 -j16 -N8 "$png" | tr -s ' ' | sed 's/^ //')
        expected="0 0 $((size / 256)) $((size % 256)) 0 0 $((size / 256)) $((size % 256))"
        [ "$dims" = "$expected" ] || fail "$png is not ${size}x${size} (header bytes: $dims)"
    done
    for page in engram-capacity engram-capacity-export engram-capacity-prometheus engram-workbench; do
        gzip -t "$prefix/share/man/man1/$page.1.gz" || fail "$page.1.gz is not valid gzip"
    done
    echo "layout: all files present under $prefix"
}

# check_runs PREFIX VERSION SCRATCH: the installed CLI runs with no help from the build tree: its
# version, an estimate, a cost priced with the installed price book, and a PDF and CSV export
# (through engram-capacity-export, found beside engram-capacity). SCRATCH takes the exports.
check_runs() {
    prefix=$1
    version=$2
    scratch=$3
    cli=$prefix/bin/engram-capacity
    for exe in engram-capacity engram-capacity-export engram-capacity-prometheus engram-workbench; do
        unresolved=$(env -u LD_LIBRARY_PATH ldd "$prefix/bin/$exe" | grep "not found" || true)
        [ -z "$unresolved" ] || fail "$exe has unresolved libraries: $unresolved"
    done

    out=$(env -u LD_LIBRARY_PATH "$cli" --version) || fail "engram-capacity --version exited non-zero"
    echo "engram-capacity --version: $out"
    case "$out" in
    *"$version"*) ;;
    *) fail "engram-capacity --version does not print $version" ;;
    esac

    out=$(env -u LD_LIBRARY_PATH "$cli" estimate --nodes 1000000 --active-ratio 0.1 --edges-per-node 50 \
        --ops-per-sec 5000 --retention-days 30 --consolidation-interval 300 --format csv) \
        || fail "engram-capacity estimate exited non-zero"
    echo "$out" | grep -q '^memory\.total,' || { echo "$out"; fail "estimate CSV has no memory.total row"; }
    echo "engram-capacity estimate (CSV, $(echo "$out" | wc -l) lines): $(echo "$out" | grep '^memory\.total,')"

    book=$prefix/share/$ECW_PACKAGE/engram-pricebook.json
    out=$(env -u LD_LIBRARY_PATH "$cli" cost --price-book "$book" --cloud aws --today 2026-11-29 --format csv) \
        || fail "engram-capacity cost with the installed price book exited non-zero"
    echo "$out" | grep -q '^aws,' || { echo "$out"; fail "cost CSV has no aws rows"; }
    echo "engram-capacity cost --price-book (installed book): $(echo "$out" | grep -c '^aws,') aws rows"

    mkdir -p "$scratch"
    rm -f "$scratch/worksheet.pdf" "$scratch/worksheet.csv"
    env -u LD_LIBRARY_PATH -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$cli" export \
        --pdf "$scratch/worksheet.pdf" --csv "$scratch/worksheet.csv" --today 2026-11-29 \
        || fail "engram-capacity export exited non-zero"
    [ "$(head -c 5 "$scratch/worksheet.pdf")" = "%PDF-" ] || fail "export wrote no PDF"
    [ -s "$scratch/worksheet.csv" ] || fail "export wrote no CSV"
    echo "engram-capacity export: worksheet.pdf ($(wc -c <"$scratch/worksheet.pdf") bytes), worksheet.csv ($(wc -l <"$scratch/worksheet.csv") lines)"
}
