def find_quantities(text, article_id, avoid=()):
    return []
