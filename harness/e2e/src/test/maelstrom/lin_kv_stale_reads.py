#!/usr/bin/env python3
"""A deliberately BROKEN lin-kv store: lin_kv_leader.py plus follower reads from an asynchronous copy.

Writes and cas still go through the leader (n1). After applying one, the leader sends the new value to every
follower in a one-way `replicate` message and answers the client at once, without waiting. Followers answer
reads from their own copy. So a follower that has not yet heard of an acknowledged write, because the message
is slow, lost or cut off by a partition, serves the old value: a stale read, which is not linearizable. A
follower that has never heard of the key answers 20 (key-does-not-exist).
"""
import sys

from lin_kv_leader import Node, key_of, serve


class StaleReadsNode(Node):
    def __init__(self):
        super().__init__()
        self.replica = {}

    def handle(self, msg):
        if msg["body"].get("type") == "replicate":
            self.replica[msg["body"]["key"]] = msg["body"]["value"]
        else:
            super().handle(msg)

    def client_request(self, msg):
        body = msg["body"]
        if self.node_id != self.leader and body["type"] == "read":
            self.reply(msg, self.local_read(body))
        else:
            super().client_request(msg)

    def local_read(self, body):
        key = key_of(body)
        if key not in self.replica:
            return {"type": "error", "code": 20, "text": "no key %r here" % (key,)}
        return {"type": "read_ok", "value": self.replica[key]}

    def apply(self, body):
        result = super().apply(body)
        if result["type"] in ("write_ok", "cas_ok"):
            key = key_of(body)
            for node in self.peers():
                self.send(node, {"type": "replicate", "key": key, "value": self.store[key]})
        return result

    def init(self, msg):
        self.node_ids = msg["body"]["node_ids"]
        super().init(msg)

    def peers(self):
        return [node for node in self.node_ids if node != self.node_id]


if __name__ == "__main__":
    serve(StaleReadsNode())
