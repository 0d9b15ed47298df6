print("ovsync")
