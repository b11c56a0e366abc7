#!/usr/bin/env bash
# META.json is valid PGXN metadata (meta-spec 1.0.0, https://pgxn.org/spec/)
# and agrees with the control file:
#   - JSON syntax; the required keys (name, version, abstract, maintainer,
#     license, provides, meta-spec) and the types, enums and formats of
#     every key the spec defines (no other keys but x_...);
#   - version == provides.cx_metrics.version == default_version of
#     cx_metrics.control, with ".0" added to an X.Y version (PGXN wants
#     semver), which is also the version "make dist" puts in the file name;
#   - the files it names (provides.*.file, docfile) exist.
# No PGXN validator is packaged for Debian (PGXN::Meta::Validator is Perl,
# pgxn_meta is Rust), so the rules of the spec's JSON schemas are written
# out below in Python.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
py=${CX_PYTHON:-python3}
command -v "$py" >/dev/null 2>&1 || { echo "python3 missing"; exit 77; }

"$py" -m json.tool "$root/META.json" >/dev/null || { echo "FAIL META.json is not valid JSON"; exit 1; }
echo "ok   META.json is valid JSON"

"$py" - "$root" <<'PY'
import json, os, re, sys

root = sys.argv[1]
meta = json.load(open(os.path.join(root, 'META.json'), encoding='utf-8'))
errors = []
def err(msg): errors.append(msg)

SEMVER = (r'(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)'
          r'(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?'
          r'(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?')
def is_semver(v): return isinstance(v, str) and re.fullmatch(SEMVER, v) is not None
def is_range(v):
    if v == 0 or v == '0':
        return True
    part = r'(?:(?:[=!]=|[<>]=?)\s*)?' + SEMVER
    return isinstance(v, str) and re.fullmatch(part + r'(?:,\s*' + part + r')*', v) is not None
def is_term(v): return isinstance(v, str) and re.fullmatch(r'[^/\\\s\x00-\x1f\x7f]{2,}', v) is not None
def is_text(v): return isinstance(v, str) and len(v) >= 1
def is_path(v): return isinstance(v, str) and len(v) >= 2 and not v.startswith('/') and '\\' not in v
def custom(k): return re.match(r'^[xX]_.', k) is not None
def check_keys(where, obj, allowed, required=()):
    if not isinstance(obj, dict):
        err(f'{where} must be an object'); return False
    for k in required:
        if k not in obj: err(f'{where}: required key "{k}" is missing')
    for k in obj:
        if k not in allowed and not custom(k): err(f'{where}: unknown key "{k}" (custom keys start with x_)')
    return True

LICENSES = {'agpl_3', 'apache_1_1', 'apache_2_0', 'artistic_1', 'artistic_2', 'bsd', 'freebsd', 'gfdl_1_2',
            'gfdl_1_3', 'gpl_1', 'gpl_2', 'gpl_3', 'lgpl_2_1', 'lgpl_3_0', 'mit', 'mozilla_1_0', 'mozilla_1_1',
            'openssl', 'perl_5', 'postgresql', 'qpl_1_0', 'ssleay', 'sun', 'zlib', 'open_source', 'restricted',
            'unrestricted', 'unknown'}

check_keys('META.json', meta,
           {'name', 'version', 'abstract', 'maintainer', 'license', 'provides', 'meta-spec', 'description',
            'generated_by', 'tags', 'no_index', 'prereqs', 'release_status', 'resources'},
           ('name', 'version', 'abstract', 'maintainer', 'license', 'provides', 'meta-spec'))
if 'name' in meta and not is_term(meta['name']): err('name must be a term (2+ characters, no /, \\, space)')
if 'version' in meta and not is_semver(meta['version']): err(f'version {meta["version"]!r} is not semver')
for k in ('abstract', 'description', 'generated_by'):
    if k in meta and not is_text(meta[k]): err(f'{k} must be a non-empty string')
m = meta.get('maintainer')
if not (is_text(m) or (isinstance(m, list) and m and all(is_text(x) for x in m) and len(set(m)) == len(m))):
    err('maintainer must be a string or a list of distinct strings')
lic = meta.get('license')
if isinstance(lic, str):
    if lic not in LICENSES: err(f'license {lic!r} is not one of the spec\'s names')
elif isinstance(lic, list):
    if not lic or any(x not in LICENSES for x in lic) or len(set(lic)) != len(lic): err('license list is invalid')
elif isinstance(lic, dict):
    if not lic or not all(isinstance(v, str) and re.match(r'^[a-z][a-z0-9+.-]*:', v) for v in lic.values()):
        err('license object must map names to URIs')
else:
    err('license must be a string, a list or an object')
prov = meta.get('provides')
if not isinstance(prov, dict) or not prov:
    err('provides must be a non-empty object')
else:
    for ext, e in prov.items():
        if not is_term(ext): err(f'provides: {ext!r} is not a term')
        if check_keys(f'provides.{ext}', e, {'file', 'version', 'abstract', 'docfile', 'docpath'}, ('file', 'version')):
            if not is_semver(e.get('version')): err(f'provides.{ext}.version is not semver')
            for k in ('file', 'docfile'):
                if k in e:
                    if not is_path(e[k]): err(f'provides.{ext}.{k} is not a relative path')
                    elif not os.path.isfile(os.path.join(root, e[k])): err(f'provides.{ext}.{k} {e[k]!r} does not exist')
            for k in ('abstract', 'docpath'):
                if k in e and not is_text(e[k]): err(f'provides.{ext}.{k} must be a non-empty string')
ms = meta.get('meta-spec')
if check_keys('meta-spec', ms, {'version', 'url'}, ('version',)):
    if not re.fullmatch(r'1\.0\.[0-9]+', str(ms.get('version'))): err('meta-spec.version must be 1.0.x')
    if 'url' in ms and ms['url'] not in ('https://pgxn.org/meta/spec.txt', 'http://pgxn.org/meta/spec.txt'):
        err('meta-spec.url must be https://pgxn.org/meta/spec.txt')
if 'tags' in meta:
    t = meta['tags']
    if not (isinstance(t, list) and t and len(set(t)) == len(t)
            and all(isinstance(x, str) and 2 <= len(x) <= 255 and re.fullmatch(r'[^/\\\x00-\x1f\x7f]{2,}', x) for x in t)):
        err('tags must be distinct strings of 2-255 characters without / or \\')
if 'release_status' in meta and meta['release_status'] not in ('stable', 'testing', 'unstable'):
    err('release_status must be stable, testing or unstable')
if 'no_index' in meta:
    ni = meta['no_index']
    if check_keys('no_index', ni, {'file', 'directory'}):
        if not any(k in ni for k in ('file', 'directory')): err('no_index needs file or directory')
        for k in ('file', 'directory'):
            if k in ni and not (isinstance(ni[k], list) and ni[k] and all(is_path(x) for x in ni[k])):
                err(f'no_index.{k} must be a list of relative paths')
if 'prereqs' in meta:
    pr = meta['prereqs']
    phases = {'configure', 'build', 'test', 'runtime', 'develop'}
    if check_keys('prereqs', pr, phases):
        if not any(p in pr for p in phases): err('prereqs needs a phase')
        for p in phases & set(pr):
            rels = {'requires', 'recommends', 'suggests', 'conflicts'}
            if check_keys(f'prereqs.{p}', pr[p], rels):
                if not any(r in pr[p] for r in rels): err(f'prereqs.{p} needs a relationship')
                for r in rels & set(pr[p]):
                    deps = pr[p][r]
                    if not isinstance(deps, dict) or not deps: err(f'prereqs.{p}.{r} must be a non-empty object')
                    else:
                        for name, rng in deps.items():
                            if not is_term(name): err(f'prereqs.{p}.{r}: {name!r} is not a term')
                            if not is_range(rng): err(f'prereqs.{p}.{r}.{name}: {rng!r} is not a version range')
if 'resources' in meta:
    rs = meta['resources']
    if check_keys('resources', rs, {'homepage', 'bugtracker', 'repository'}):
        if not any(k in rs for k in ('homepage', 'bugtracker', 'repository')):
            err('resources needs homepage, bugtracker or repository (leave it out when there is none)')

# in step with the control file
control = open(os.path.join(root, 'cx_metrics.control'), encoding='utf-8').read()
mv = re.search(r"^default_version\s*=\s*'([^']*)'", control, re.M)
if not mv:
    err('no default_version in cx_metrics.control')
else:
    want = mv.group(1) + '.0' if re.fullmatch(r'\d+\.\d+', mv.group(1)) else mv.group(1)
    if meta.get('version') != want:
        err(f'version {meta.get("version")!r} is not the control file\'s default_version {mv.group(1)!r} as semver ({want!r})')
    if (prov or {}).get('cx_metrics', {}).get('version') != want:
        err(f'provides.cx_metrics.version is not {want!r}')
if meta.get('name') != 'cx_metrics' or 'cx_metrics' not in (prov or {}):
    err('name and provides must be cx_metrics')

for e in errors:
    print('FAIL', e)
if errors:
    sys.exit(1)
print(f'ok   META.json follows meta-spec 1.0.0; version {meta["version"]} = default_version of cx_metrics.control')
PY
