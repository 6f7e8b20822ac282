"""Getting into a vault: welcome, create (with the recovery phrase), unlock and recover."""
