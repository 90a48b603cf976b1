import delta
late = 1
