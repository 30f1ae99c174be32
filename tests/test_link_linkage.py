"""Average linkage over the neighbour graph: the merge order and its sorted first queue."""
import heapq
import random

from newsdesk.link.linkage import _Queue, average_linkage


def test_merges_above_threshold_and_stops_below():
    edges = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.7, (3, 4): 0.6, (2, 3): 0.05}
    assert average_linkage(5, edges, threshold=0.3, neighbours=40) == [[0, 1, 2], [3, 4]]
    assert average_linkage(5, edges, threshold=0.95, neighbours=40) == [[0], [1], [2], [3], [4]]


def test_anchors_keep_two_existing_stories_apart():
    edges = {(0, 1): 0.9, (1, 2): 0.9}
    clusters = average_linkage(3, edges, threshold=0.3, neighbours=40, anchors={0: "s1", 2: "s2"})
    assert [0, 1, 2] not in clusters
    assert len(clusters) == 2


def test_queue_pops_in_tuple_order_like_one_heap():
    rng = random.Random(7)
    sums = {a: {} for a in range(60)}
    for _ in range(400):
        a, b = rng.sample(range(60), 2)
        s = rng.choice([0.25, 0.5, rng.random()])  # ties: the pair's ids decide, as in a tuple
        sums[a][b] = sums[b][a] = s
    entries = sorted((-sums[a][b], a, b) for a in sums for b in sums[a] if a < b)
    queue = _Queue(sums, lambda a, b: sums[a][b])
    # interleaved with a heap of later pushes, as average_linkage uses it
    heap = [(-0.6, 1, 2), (-0.25, 0, 99), (0.0, 5, 6)]
    heapq.heapify(heap)
    popped = []
    while (entry := queue.pop(heap)) is not None:
        popped.append(entry)
    assert popped == sorted(entries + [(-0.6, 1, 2), (-0.25, 0, 99), (0.0, 5, 6)])


def test_initial_groups_end_up_together():
    rng = random.Random(3)
    edges = {}
    for _ in range(600):
        i, j = sorted(rng.sample(range(120), 2))
        edges[(i, j)] = rng.choice([0.2, 0.4, round(rng.random(), 2)])
    clusters = average_linkage(120, edges, threshold=0.15, neighbours=5, initial=[[3, 7, 9], [50, 51]])
    assert sorted(x for c in clusters for x in c) == list(range(120))
    assert any({3, 7, 9} <= set(c) for c in clusters)
    assert any({50, 51} <= set(c) for c in clusters)
