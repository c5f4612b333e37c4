"""Benchmarks and the evaluation of tamis against ../shared/benchmarks."""
