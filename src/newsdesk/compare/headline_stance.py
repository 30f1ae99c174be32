"""stub"""
def headline_stance(claim, headline): return "for"
