#!/usr/bin/env python3
"""A correct single-leader lin-kv store speaking Maelstrom's protocol on stdin/stdout (Python 3, stdlib only).

The node with the lowest id (n1) is the leader and holds the only copy of the data. Every other node forwards
each client request (read, write and cas alike) to the leader and relays the leader's answer back to the client.
One copy, changed and read by one thread in arrival order, is linearizable: each operation takes effect at the
moment the leader handles it, between the client's request and its reply. When the leader is unreachable a
follower's forwarded request simply gets no answer, the client times out and records an indefinite result (info);
the store is unavailable then, never wrong. There is no durable state: a killed leader comes back empty.

Errors (Maelstrom's definite codes): 20 key-does-not-exist (read or cas of a missing key),
22 precondition-failed (cas whose `from` is not the current value), 10 not-supported (any other request type).
"""
import json
import sys


class Node:
    def __init__(self):
        self.node_id = None
        self.leader = None
        self.store = {}
        self.next_msg_id = 0
        # our msg_id of a forwarded request -> (client, the client's msg_id)
        self.forwarded = {}

    def send(self, dest, body):
        sys.stdout.write(json.dumps({"src": self.node_id, "dest": dest, "body": body}) + "\n")
        sys.stdout.flush()

    def reply(self, request, body):
        body["in_reply_to"] = request["body"]["msg_id"]
        self.send(request["src"], body)

    def fresh_msg_id(self):
        self.next_msg_id += 1
        return self.next_msg_id

    def handle(self, msg):
        body = msg["body"]
        kind = body.get("type")
        if kind == "init":
            self.init(msg)
        elif body.get("in_reply_to") in self.forwarded:
            self.relay(msg)
        elif kind in ("read", "write", "cas"):
            self.client_request(msg)
        elif "msg_id" in body:
            self.reply(msg, {"type": "error", "code": 10, "text": "not supported: %s" % kind})

    def init(self, msg):
        body = msg["body"]
        self.node_id = body["node_id"]
        # natural order, so that n2 comes before n10
        self.leader = sorted(body["node_ids"], key=lambda node: (len(node), node))[0]
        self.reply(msg, {"type": "init_ok"})
        log("%s: leader is %s" % (self.node_id, self.leader))

    def client_request(self, msg):
        if self.node_id == self.leader:
            self.reply(msg, self.apply(msg["body"]))
        else:
            self.forward(msg)

    def forward(self, msg):
        msg_id = self.fresh_msg_id()
        self.forwarded[msg_id] = (msg["src"], msg["body"]["msg_id"])
        body = dict(msg["body"])
        body["msg_id"] = msg_id
        self.send(self.leader, body)

    def relay(self, msg):
        client, client_msg_id = self.forwarded.pop(msg["body"]["in_reply_to"])
        body = dict(msg["body"])
        body["in_reply_to"] = client_msg_id
        body.pop("msg_id", None)
        self.send(client, body)

    def apply(self, body):
        key = key_of(body)
        kind = body["type"]
        if kind == "read":
            if key not in self.store:
                return {"type": "error", "code": 20, "text": "no key %r" % (key,)}
            return {"type": "read_ok", "value": self.store[key]}
        if kind == "write":
            self.store[key] = body["value"]
            return {"type": "write_ok"}
        if key not in self.store and not body.get("create_if_not_exists"):
            return {"type": "error", "code": 20, "text": "no key %r" % (key,)}
        if self.store.get(key) != body["from"]:
            return {"type": "error", "code": 22, "text": "expected %r, found %r" % (body["from"], self.store.get(key))}
        self.store[key] = body["to"]
        return {"type": "cas_ok"}


def key_of(body):
    """JSON keys may be lists; a dict needs something hashable."""
    key = body.get("key")
    return json.dumps(key) if isinstance(key, (list, dict)) else key


def log(line):
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def serve(node):
    for line in sys.stdin:
        line = line.strip()
        if line:
            node.handle(json.loads(line))


if __name__ == "__main__":
    serve(Node())
