print("shapes package init", __name__, __package__)
