#!/usr/bin/env bash
# macOS: dist/segdesk.app -> dist/segdesk-<version>.dmg (compressed, with an Applications link),
# then, when configured, sign, notarise and staple it. Run from anywhere after packaging/build.py.
#
#   packaging/macos/make_dmg.sh
#   SEGDESK_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)" \
#   SEGDESK_NOTARY_PROFILE=segdesk-notary packaging/macos/make_dmg.sh
#
# SEGDESK_CODESIGN_IDENTITY must be the one the .app was built with (build.py passes it to
# PyInstaller); SEGDESK_NOTARY_PROFILE is a keychain profile made once with
# `xcrun notarytool store-credentials` (see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=dist/segdesk.app
[ -d "$APP" ] || { echo "make_dmg: $APP is missing: run python packaging/build.py first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="dist/segdesk-$VERSION.dmg"
IDENTITY=${SEGDESK_CODESIGN_IDENTITY:-}
PROFILE=${SEGDESK_NOTARY_PROFILE:-}

if [ -n "$IDENTITY" ]; then
  codesign --verify --deep --strict --verbose=2 "$APP"  # built signed? (fails on an unsigned build)
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/segdesk.app"   # ditto keeps symbolic links, extended attributes and signatures
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "segdesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "$IDENTITY" ]; then
  codesign --sign "$IDENTITY" --timestamp "$DMG"
  if [ -n "$PROFILE" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$PROFILE" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
  fi
fi
echo "make_dmg: $DMG ($(du -h "$DMG" | cut -f1))"
