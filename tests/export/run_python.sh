#!/bin/sh
# Runs a Python script with an interpreter that has the readers: Debian's
# python3-networkx and python3-igraph install for /usr/bin/python3, which a
# pyenv or venv python3 earlier on PATH does not see.
# usage: run_python.sh MODULE SCRIPT ARGS...
module=$1
shift
for py in /usr/bin/python3 python3; do
  if "$py" -c "import $module" 2>/dev/null; then
    exec "$py" "$@"
  fi
done
echo "no python3 with the module $module (apt-get install python3-$module)" >&2
exit 1
