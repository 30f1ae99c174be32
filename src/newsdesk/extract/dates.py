def anchor_date(article):
    return None
def find_dates(text, article_id, anchor):
    return []
