"""The People list, the person editor and the masked identity compartment."""
