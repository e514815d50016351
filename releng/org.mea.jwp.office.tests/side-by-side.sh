#!/usr/bin/env bash
# Pictures for docs/reports.md: BIRT's PDF of the progress report beside its DOCX as LibreOffice
# Writer prints it, page by page, from the files the office tests left in target/office.
#   xvfb-run -a ./mvnw -o verify -pl releng/org.mea.jwp.office.tests -am
#   bash releng/org.mea.jwp.office.tests/side-by-side.sh 1 3      # page 1 and the Annex's first page
# Needs poppler-utils (pdftoppm) and ImageMagick (convert).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
office="$here/target/office/progress"
images="$here/../../docs/images"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
[ -f "$office/lo/docx/progress.pdf" ] || { echo "side-by-side: run the office tests first ($office/lo/docx/progress.pdf missing)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
label() { # picture, caption, output
  convert "$1" +repage -bordercolor '#999999' -border 1 -gravity north -background white -splice 0x26 \
    -font "$font" -pointsize 14 -annotate +0+5 "$2" +repage "$3"
}
for page in "$@"; do
  pdftoppm -png -r 75 -f "$page" -l "$page" -singlefile "$office/progress.pdf" "$work/pdf"
  pdftoppm -png -r 75 -f "$page" -l "$page" -singlefile "$office/lo/docx/progress.pdf" "$work/docx"
  label "$work/pdf.png" "BIRT's PDF, page $page" "$work/a.png"
  label "$work/docx.png" "The DOCX in LibreOffice Writer, page $page" "$work/b.png"
  convert "$work/a.png" -size 20x10 xc:white "$work/b.png" -gravity north +append +repage \
    "$images/office-docx-page$page.png"
  echo "side-by-side: $images/office-docx-page$page.png"
done
