"""Training speed of the engine beside a hand-written NumPy loop (and PyTorch).

Two cases, softmax cross-entropy and plain SGD, BLAS limited to one thread:

(a) tiny: 2-8-8-2 tanh, batch 10, 500 points split 50/50 (TF Playground's
    defaults); per-call overhead dominates, not arithmetic.
(b) mid:  64-128-128-10 ReLU, batch 100, 2500 points split 80/20.

Every contender does the same work per epoch: shuffle the training set with
one permutation, run the minibatch steps (forward, loss, backward, update),
then evaluate loss and accuracy on the full train and test splits. The hand
loop is what a careful person writes for one fixed network: preallocated
buffers, ``out=`` arguments, one tensor at a time. It starts from the
engine's initial weights and shuffles with the same seed, and the script
checks that both end with the same weights, so they really compute the same
thing.

Case (b) also times the engine with BLAS at one thread per core, to show
why the worker limits it to one.

Rounds are interleaved (hand, engine, [torch], hand, engine, ...) to share the
machine's noise fairly; the table shows medians and the median of per-round
ratios. Run: ``python benchmarks/bench_engine.py [--rounds 9] [--seconds 0.4]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.network import Network, NetworkSpec  # noqa: E402
from engine.optimizers import SGD  # noqa: E402
from engine.threads import single_blas_thread  # noqa: E402
from engine.training import Trainer  # noqa: E402

CASES = {
    "a": dict(title="(a) 2-8-8-2 tanh, batch 10", sizes=(2, 8, 8, 2), act="tanh", batch=10,
              n=500, train_ratio=0.5, lr=0.1),
    "b": dict(title="(b) 64-128-128-10 ReLU, batch 100", sizes=(64, 128, 128, 10), act="relu",
              batch=100, n=2500, train_ratio=0.8, lr=0.1),
}


def make_data(sizes, n, train_ratio, seed=0):
    """Gaussian inputs labelled by a random 1-hidden-layer teacher: learnable, not trivial."""
    rng = np.random.default_rng(seed)
    d, k = sizes[0], sizes[-1]
    x = rng.standard_normal((n, d))
    h = np.tanh(x @ rng.standard_normal((d, 16)))
    t = np.argmax(h @ rng.standard_normal((16, k)), axis=1)
    m = int(n * train_ratio)
    return x[:m], t[:m], x[m:], t[m:]


# --------------------------------------------------------------------- hand loop
class HandLoop:
    """Three Affine layers, two hidden activations, softmax CE, SGD: written out."""

    def __init__(self, params, act, x_train, t_train, x_test, t_test, batch, lr, seed):
        self.W1, self.b1, self.W2, self.b2, self.W3, self.b3 = (p.copy() for p in params)
        self.relu = act == "relu"
        self.X, self.T, self.Xt, self.Tt = x_train, t_train, x_test, t_test
        self.B, self.lr = batch, lr
        self.rng = np.random.default_rng(seed)
        self.n = x_train.shape[0]
        self.pos = self.n
        self.xs, self.ts = np.empty_like(x_train), np.empty_like(t_train)
        self.bufs = {}
        self.grads = [np.empty_like(p) for p in (self.W1, self.b1, self.W2, self.b2, self.W3, self.b3)]
        self.tmps = [np.empty_like(p) for p in self.grads]
        self.history = []

    def _buffers(self, b):
        if b not in self.bufs:
            h1, h2, k = self.W1.shape[1], self.W2.shape[1], self.W3.shape[1]
            e = np.empty
            self.bufs[b] = dict(
                a1=e((b, h1)), z1=e((b, h1)), a2=e((b, h2)), z2=e((b, h2)), a3=e((b, k)),
                mx=e((b, 1)), sh=e((b, k)), y=e((b, k)), s=e((b, 1)), dy=e((b, k)),
                rs=np.arange(b) * k, idx=e(b, np.int64), dz2=e((b, h2)), da2=e((b, h2)),
                g2=e((b, h2)), dz1=e((b, h1)), da1=e((b, h1)), g1=e((b, h1)),
            )
        return self.bufs[b]

    def run(self, n_steps):
        dot, add, sub, mul = np.dot, np.add, np.subtract, np.multiply
        W1, b1, W2, b2, W3, b3 = self.W1, self.b1, self.W2, self.b2, self.W3, self.b3
        W2T, W3T = W2.T, W3.T
        dW1, db1, dW2, db2, dW3, db3 = self.grads
        pairs = list(zip((W1, b1, W2, b2, W3, b3), self.grads, self.tmps, strict=True))
        lr, relu, n = self.lr, self.relu, self.n
        loss = 0.0
        for _ in range(n_steps):
            p = self.pos
            if p >= n:
                perm = self.rng.permutation(n)
                np.take(self.X, perm, axis=0, out=self.xs)
                np.take(self.T, perm, axis=0, out=self.ts)
                p = 0
            e = p + self.B
            self.pos = e
            xb, tb = self.xs[p:e], self.ts[p:e]
            B = xb.shape[0]
            f = self._buffers(B)
            a1, z1, a2, z2, a3 = f["a1"], f["z1"], f["a2"], f["z2"], f["a3"]
            y, sh, s, dy = f["y"], f["sh"], f["s"], f["dy"]
            dot(xb, W1, out=a1)
            add(a1, b1, out=a1)
            if relu:
                np.maximum(a1, 0.0, out=z1)
            else:
                np.tanh(a1, out=z1)
            dot(z1, W2, out=a2)
            add(a2, b2, out=a2)
            if relu:
                np.maximum(a2, 0.0, out=z2)
            else:
                np.tanh(a2, out=z2)
            dot(z2, W3, out=a3)
            add(a3, b3, out=a3)
            np.maximum.reduce(a3, axis=1, keepdims=True, out=f["mx"])
            sub(a3, f["mx"], out=sh)
            np.exp(sh, out=y)
            add.reduce(y, axis=1, keepdims=True, out=s)
            np.divide(y, s, out=y)
            np.log(s, out=s)
            idx = f["idx"]
            add(f["rs"], tb, out=idx)
            loss = float(s.sum() - sh.take(idx).sum()) / B
            # backward
            mul(y, 1.0 / B, out=dy)
            dy.reshape(-1)[idx] -= 1.0 / B
            dot(z2.T, dy, out=dW3)
            add.reduce(dy, axis=0, out=db3)
            dot(dy, W3T, out=f["dz2"])
            g2, da2 = f["g2"], f["da2"]
            if relu:
                np.sign(z2, out=g2)
            else:
                mul(z2, z2, out=g2)
                sub(1.0, g2, out=g2)
            mul(f["dz2"], g2, out=da2)
            dot(z1.T, da2, out=dW2)
            add.reduce(da2, axis=0, out=db2)
            dot(da2, W2T, out=f["dz1"])
            g1, da1 = f["g1"], f["da1"]
            if relu:
                np.sign(z1, out=g1)
            else:
                mul(z1, z1, out=g1)
                sub(1.0, g1, out=g1)
            mul(f["dz1"], g1, out=da1)
            dot(xb.T, da1, out=dW1)
            add.reduce(da1, axis=0, out=db1)
            for w, g, tmp in pairs:
                mul(g, lr, out=tmp)
                sub(w, tmp, out=w)
            if e >= n:
                self.history.append((*self.evaluate(self.X, self.T), *self.evaluate(self.Xt, self.Tt)))
        return loss

    def evaluate(self, x, t):
        h = lambda a: np.maximum(a, 0.0) if self.relu else np.tanh(a)  # noqa: E731
        s = h(h(x @ self.W1 + self.b1) @ self.W2 + self.b2) @ self.W3 + self.b3
        s -= s.max(axis=1, keepdims=True)
        lse = np.log(np.exp(s).sum(axis=1))
        loss = float(np.mean(lse - s[np.arange(len(t)), t]))
        return loss, float(np.mean(s.argmax(axis=1) == t))


# ------------------------------------------------------------------------ torch
def make_torch(case, params, data, seed):
    """Same work in PyTorch (CPU, one thread), or None when torch is missing."""
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    x_train, t_train, x_test, t_test = (torch.from_numpy(np.ascontiguousarray(a)) for a in data)
    act = torch.nn.ReLU if case["act"] == "relu" else torch.nn.Tanh
    sizes = case["sizes"]
    layers = []
    for i in range(3):
        lin = torch.nn.Linear(sizes[i], sizes[i + 1]).double()
        with torch.no_grad():
            lin.weight.copy_(torch.from_numpy(params[2 * i].T.copy()))
            lin.bias.copy_(torch.from_numpy(params[2 * i + 1]))
        layers.append(lin)
        if i < 2:
            layers.append(act())
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.SGD(model.parameters(), lr=case["lr"])
    lossf = torch.nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(seed)
    state = {"perm": None, "pos": len(x_train)}
    batch = case["batch"]

    def run(n_steps):
        for _ in range(n_steps):
            if state["pos"] >= len(x_train):
                state["perm"] = torch.randperm(len(x_train), generator=gen)
                state["xs"], state["ts"] = x_train[state["perm"]], t_train[state["perm"]]
                state["pos"] = 0
            p = state["pos"]
            state["pos"] = p + batch
            opt.zero_grad(set_to_none=True)
            loss = lossf(model(state["xs"][p : p + batch]), state["ts"][p : p + batch])
            loss.backward()
            opt.step()
            if state["pos"] >= len(x_train):
                with torch.no_grad():
                    for xx, tt in ((x_train, t_train), (x_test, t_test)):
                        out = model(xx)
                        lossf(out, tt).item(), (out.argmax(1) == tt).double().mean().item()

    return run


# ------------------------------------------------------------------------ runner
def build(case, seed=0):
    data = make_data(case["sizes"], case["n"], case["train_ratio"])
    sizes = case["sizes"]
    spec = NetworkSpec(n_inputs=sizes[0], hidden=sizes[1:-1], activations=(case["act"],) * 2,
                       n_outputs=sizes[-1], init="he" if case["act"] == "relu" else "xavier", seed=seed)
    net = Network(spec)
    params = [p.copy() for p in net.params.values()]
    trainer = Trainer(net, SGD(lr=case["lr"]), *data, batch_size=case["batch"],
                      rng=np.random.default_rng(seed + 1))
    hand = HandLoop(params, case["act"], *data, case["batch"], case["lr"], seed + 1)
    return trainer, hand, make_torch(case, params, data, seed + 1)


def check_same_work(case) -> float:
    """Largest weight difference between engine and hand loop after a few epochs."""
    trainer, hand, _ = build(case)
    steps = 3 * -(-trainer.x_train.shape[0] // case["batch"])
    trainer.run(steps)
    hand.run(steps)
    theirs = (hand.W1, hand.b1, hand.W2, hand.b2, hand.W3, hand.b3)
    return max(float(np.max(np.abs(a - b))) for a, b in zip(trainer.network.params.values(), theirs, strict=True))


def timed(run, n_steps) -> float:
    t0 = time.perf_counter()
    run(n_steps)
    return n_steps / (time.perf_counter() - t0)


def with_all_blas_threads(run):
    """``run`` with BLAS back at one thread per core (for comparison only)."""
    n = os.cpu_count() or 1

    def wrapped(n_steps):
        with threadpool_limits(limits=n, user_api="blas"):
            run(n_steps)

    return wrapped


def bench_case(case, rounds, seconds, blas_compare=False):
    trainer, hand, torch_run = build(case)
    contenders = {"hand loop": hand.run, "engine": trainer.run}
    if torch_run is not None:
        contenders["pytorch"] = torch_run
    if blas_compare:
        contenders[f"engine, {os.cpu_count()} BLAS threads"] = with_all_blas_threads(build(case)[0].run)
    # Calibrate a step count per contender so each round lasts about `seconds`.
    counts = {}
    for name, run in contenders.items():
        run(200)
        counts[name] = max(200, int(timed(run, 500) * seconds))
    rates = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            rates[name].append(timed(run, counts[name]))
    ratios = [e / h for e, h in zip(rates["engine"], rates["hand loop"], strict=True)]
    return rates, ratios


def grid_times(rounds: int) -> None:
    """What a frame of the app costs: a 100 x 100 grid through the tiny network."""
    trainer, _, _ = build(CASES["a"])
    net = trainer.network
    g = np.linspace(-6, 6, 100)
    grid = np.column_stack([a.ravel() for a in np.meshgrid(g, g)])
    for name, fn in (("predict", net.predict), ("forward_trace", net.forward_trace)):
        fn(grid)
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            for _ in range(20):
                fn(grid)
            times.append((time.perf_counter() - t0) / 20 * 1e3)
        print(f"10 000-point grid through 2-8-8-2, {name}: median {statistics.median(times):.2f} ms")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--seconds", type=float, default=0.4, help="per contender per round")
    ap.add_argument("--cases", default="ab")
    args = ap.parse_args(argv)
    single_blas_thread()
    print(f"numpy {np.__version__}, BLAS limited to 1 thread, {args.rounds} interleaved rounds\n")
    targets = {"a": 0.75, "b": 0.9}
    ok = True
    for key in args.cases:
        case = CASES[key]
        diff = check_same_work(case)
        rates, ratios = bench_case(case, args.rounds, args.seconds, blas_compare=key == "b")
        med_ratio = statistics.median(ratios)
        print(case["title"])
        print(f"  {'contender':<26}{'median steps/s':>16}{'min':>10}{'max':>10}")
        for name, r in rates.items():
            print(f"  {name:<26}{statistics.median(r):>16,.0f}{min(r):>10,.0f}{max(r):>10,.0f}")
        verdict = "meets" if med_ratio >= targets[key] else "MISSES"
        print(f"  engine / hand loop: median {med_ratio:.2f} (rounds {min(ratios):.2f}-{max(ratios):.2f}); "
              f"target >= {targets[key]:.2f}: {verdict}")
        print(f"  same work check: max |engine W - hand W| after 3 epochs = {diff:.1e}\n")
        ok &= med_ratio >= targets[key]
    if "pytorch" not in rates:
        print("PyTorch is not installed: skipped.")
    grid_times(args.rounds)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
