import syntax_error_nonexistent_module as m
print(m)
