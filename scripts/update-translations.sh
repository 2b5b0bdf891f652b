#!/usr/bin/env bash
# Refreshes translations/ferry_*.ts from the sources in app/, ui/ and models/, then prints how many
# messages each catalogue still lacks. Run it after adding or changing a user-visible string; the
# build turns the .ts files into .qm files by itself (lrelease), and tst_translations fails while a
# catalogue is out of date or has an unfinished message.
#
#   scripts/update-translations.sh            refresh every translations/ferry_*.ts
#   LUPDATE=/path/to/lupdate scripts/...      use another lupdate (default: Qt 6's, found via qtpaths6)
#
# How the catalogue is made (tests/unit/translations/tst_translations.cpp repeats the same rules):
# - lupdate reads app/ ui/ models/ with "-tr-function-alias tr+=fail": models/engine/coerce.cpp
#   passes its reject reasons as fail("text", column, value) and translates them inside fail().
# - A file that defines a free helper  QString tr(const char* text) { return
#   QCoreApplication::translate("Context", text); }  gets its messages moved to "Context": lupdate
#   would file them under the enclosing namespace or class, which is not what the program looks up.
# - The .ts is written without source locations (lupdate's "-locations none" style) so it changes only
#   when a message changes, not when code moves; contexts are sorted, messages keep source order.
# - Existing translations are kept; new messages are added as unfinished; messages that left the
#   sources are dropped (git keeps the history).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    for qtpaths in qtpaths6 qtpaths /usr/lib/qt6/bin/qtpaths; do
        if bins="$("$qtpaths" --query QT_HOST_BINS 2>/dev/null)" && [[ -x "$bins/lupdate" ]]; then
            lupdate="$bins/lupdate"
            break
        fi
    done
fi
[[ -n "$lupdate" ]] || lupdate="$(command -v lupdate || true)"
if [[ -z "$lupdate" || ! -x "$lupdate" ]]; then
    echo "update-translations: lupdate not found; install qt6-l10n-tools or set LUPDATE" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
# lupdate warns about every tr() outside a Q_OBJECT class, which is how Ferry's engine is written.
"$lupdate" -silent -locations absolute -no-obsolete -source-language en -tr-function-alias tr+=fail \
    app ui models -ts "$work/extracted.ts" 2> >(grep -v "lacks Q_OBJECT macro" >&2)

python3 - "$root" "$work/extracted.ts" <<'PY'
import glob, os, re, sys
import xml.etree.ElementTree as ET

root, extracted = sys.argv[1], sys.argv[2]
HELPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*'
                    r'return\s+QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\w+\s*\)')

def helper_context(path, cache={}):
    if path not in cache:
        try:
            text = open(path, encoding="utf-8").read()
        except OSError:
            text = ""
        m = HELPER.search(text)
        cache[path] = (m.group(1), text) if m else (None, text)
    return cache[path]

def text_of(el):
    return "" if el is None or el.text is None else el.text

# Extracted messages, with contexts corrected for tr() helpers: (context, source, comment) -> info.
order, found = [], {}
for ctx in ET.parse(extracted).getroot().iter("context"):
    name = text_of(ctx.find("name"))
    for m in ctx.iter("message"):
        source, comment = text_of(m.find("source")), text_of(m.find("comment"))
        contexts = []
        for loc in m.findall("location"):
            path = os.path.normpath(os.path.join(os.path.dirname(extracted), loc.get("filename")))
            helper, text = helper_context(path)
            moved = helper if helper and name != helper and f'"{name}"' not in text else name
            if moved not in contexts:
                contexts.append(moved)
        for c in contexts or [name]:
            key = (c, source, comment)
            if key not in found:
                order.append(key)
                found[key] = {"numerus": m.get("numerus") == "yes",
                              "extracomment": text_of(m.find("extracomment"))}

def protect(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == '"': out.append("&quot;")
        elif ch == "&": out.append("&amp;")
        elif ch == ">": out.append("&gt;")
        elif ch == "<": out.append("&lt;")
        elif ch == "'": out.append("&apos;")
        elif (c < 0x20 and ch not in "\n\t") or (c > 0x7F and ch.isspace()): out.append("&#x%x;" % c)
        else: out.append(ch)
    return "".join(out)

for ts in sorted(glob.glob(os.path.join(root, "translations", "ferry_*.ts"))):
    language = os.path.basename(ts)[len("ferry_"):-len(".ts")]
    old = {}
    if os.path.exists(ts):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = text_of(ctx.find("name"))
            for m in ctx.iter("message"):
                t = m.find("translation")
                forms = [text_of(f) for f in t.iter("numerusform")] if t is not None else []
                old[(name, text_of(m.find("source")), text_of(m.find("comment")))] = {
                    "type": t.get("type") if t is not None else "unfinished",
                    "text": text_of(t), "forms": forms,
                    "translatorcomment": text_of(m.find("translatorcomment"))}
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    unfinished = 0
    for context in sorted({k[0] for k in order}):
        lines += ["<context>", f"    <name>{protect(context)}</name>"]
        for key in (k for k in order if k[0] == context):
            info, prev = found[key], old.get(key)
            done = prev is not None and prev["type"] not in ("unfinished", "vanished", "obsolete")
            unfinished += not done
            lines.append('    <message numerus="yes">' if info["numerus"] else "    <message>")
            lines.append(f"        <source>{protect(key[1])}</source>")
            if key[2]:
                lines.append(f"        <comment>{protect(key[2])}</comment>")
            if info["extracomment"]:
                lines.append(f"        <extracomment>{protect(info['extracomment'])}</extracomment>")
            if prev and prev["translatorcomment"]:
                lines.append(f"        <translatorcomment>{protect(prev['translatorcomment'])}</translatorcomment>")
            attr = "" if done else ' type="unfinished"'
            if info["numerus"]:
                forms = (prev["forms"] if prev else []) or [prev["text"] if prev else ""]
                lines.append(f"        <translation{attr}>")
                lines += [f"            <numerusform>{protect(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{attr}>{protect(prev['text'] if prev else '')}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    with open(ts, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{os.path.relpath(ts, root)}: {len(order)} messages, {unfinished} unfinished")
PY
