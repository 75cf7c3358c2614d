print("actorgraph")
