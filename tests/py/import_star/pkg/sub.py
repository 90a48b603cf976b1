WHAT = "submodule"
