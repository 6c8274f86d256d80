"""The README's Python session (section "Python", the ```pycon block), run
as a doctest: what the README shows is what the module does."""
import doctest
import os
import re

import kg  # noqa: F401 - the module under test, from PYTHONPATH


def test_readme_session(tmp_path, monkeypatch):
    source = os.environ["KG_SOURCE_DIR"]
    with open(os.path.join(source, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    section = readme[readme.index("\n## Python\n"):]
    block = re.search(r"```pycon\n(.*?)```", section, re.S).group(1)
    # Its paths are relative to a clone: run it in a scratch folder that
    # sees the examples, so that g.save() writes there.
    os.symlink(os.path.join(source, "examples"), tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    test = doctest.DocTestParser().get_doctest(block, {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0
    assert test.examples, "no session found in the README"
    assert (tmp_path / "xi.graphml").read_bytes().startswith(b"<?xml")
