"""Converts the two MiniFASNet anti-spoofing models from PyTorch state dicts to ONNX.

Our own conversion script (see README.md beside it). It:
  1. checks the sha256 of the authors' weight files;
  2. builds both networks, their layer widths read from the state dicts themselves;
  3. exports ONNX (opset 13, input `input` [N,3,80,80] float32, output `logits` [N,3]);
  4. checks ONNX (onnxruntime) against PyTorch on random inputs and on real face crops, and
     fails when any logit differs by more than MAX_ABS_DIFF;
  5. writes reference-outputs.json from the face boxes of --reference-boxes (reference-boxes.json,
     written by bench/minifasnet-scores.ts): for each photo and box, both crops (the authors' crop rule + cv2.resize INTER_LINEAR, BGR, 0-255 floats) and both
     models' softmax from PyTorch, for the TypeScript test of our own preprocessing.

    python convert.py [--weights DIR] [--out DIR] [--fixtures DIR] [--reference-boxes JSON]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import warnings
from pathlib import Path

import cv2
import numpy as np
import onnx
import onnxruntime
import torch
from torch import nn

HERE = Path(__file__).resolve().parent
# The repository's working tree sits in a folder that holds `shared/` beside it.
REPO_PARENT = HERE.parents[4]

# The authors' published files (README.md of the weights folder), with their crop scale.
MODELS = [
    {
        "name": "2.7_80x80_MiniFASNetV2",
        "sha256": "a5eb02e1843f19b5386b953cc4c9f011c3f985d0ee2bb9819eea9a142099bec0",
        "scale": 2.7,
    },
    {
        "name": "4_0_0_80x80_MiniFASNetV1SE",
        "sha256": "84ee1d37d96894d5e82de5a57df044ef80a58be2b218b5ed7cdfd875ec2f5990",
        "scale": 4.0,
    },
]
INPUT_SIZE = 80
OPSET = 13
# Largest accepted |ONNX - PyTorch| on any logit: float32 rounding, measured at most 1.1e-5 (README.md).
MAX_ABS_DIFF = 1e-4
RANDOM_INPUTS = 16


# --- The networks -----------------------------------------------------------------------------
# MiniFASNet (Silent-Face-Anti-Spoofing, Apache-2.0): a MobileFaceNet-like stack of
# 1x1 expand -> 3x3 depthwise -> 1x1 project blocks. MiniFASNetV2 and MiniFASNetV1SE differ only in
# their (pruned) channel widths and in a squeeze-and-excitation module on the last block of each
# residual stage of V1SE; both are built here from the state dict, so the widths and the SE modules
# come from the weights, not from a table. Attribute names follow the state dicts' keys.


def _groups(weight: torch.Tensor) -> int:
    # A depthwise convolution stores one input channel per filter; the others see every channel.
    return weight.shape[0] if weight.shape[1] == 1 and weight.shape[0] > 1 else 1


class ConvBn(nn.Module):
    """Convolution (no bias) + batch norm, optionally + PReLU, shaped from `weights[prefix...]`."""

    def __init__(self, weights: dict, prefix: str, stride: int, activation: bool):
        super().__init__()
        w = weights[f"{prefix}.conv.weight"]
        out_c, in_per_group, kh, kw = w.shape
        groups = _groups(w)
        # The 3x3 layers pad by 1; the 1x1 layers and the final 5x5 (conv_6_dw) do not pad.
        padding = 1 if kh == 3 else 0
        self.conv = nn.Conv2d(in_per_group * groups, out_c, (kh, kw), stride, padding, groups=groups, bias=False)
        self.bn = nn.BatchNorm2d(out_c)
        self.prelu = nn.PReLU(out_c) if activation else None

    def forward(self, x):
        x = self.bn(self.conv(x))
        return self.prelu(x) if self.prelu is not None else x


class SqueezeExcite(nn.Module):
    def __init__(self, weights: dict, prefix: str):
        super().__init__()
        reduced, channels = weights[f"{prefix}.fc1.weight"].shape[:2]
        self.avg_pool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Conv2d(channels, reduced, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(reduced)
        self.relu = nn.ReLU()
        self.fc2 = nn.Conv2d(reduced, channels, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)
        self.sigmoid = nn.Sigmoid()

    def forward(self, x):
        s = self.relu(self.bn1(self.fc1(self.avg_pool(x))))
        return x * self.sigmoid(self.bn2(self.fc2(s)))


class Bottleneck(nn.Module):
    """1x1 expand (PReLU) -> depthwise 3x3 (PReLU, `stride`) -> 1x1 project; residual when stride 1."""

    def __init__(self, weights: dict, prefix: str, stride: int, residual: bool):
        super().__init__()
        self.conv = ConvBn(weights, f"{prefix}.conv", 1, activation=True)
        self.conv_dw = ConvBn(weights, f"{prefix}.conv_dw", stride, activation=True)
        self.project = ConvBn(weights, f"{prefix}.project", 1, activation=False)
        self.residual = residual
        has_se = f"{prefix}.se_module.fc1.weight" in weights
        self.se_module = SqueezeExcite(weights, f"{prefix}.se_module") if has_se else None

    def forward(self, x):
        y = self.project(self.conv_dw(self.conv(x)))
        if not self.residual:
            return y
        if self.se_module is not None:
            y = self.se_module(y)
        return x + y


class Stage(nn.Module):
    """Residual bottlenecks at stride 1, as many as the state dict holds under `prefix.model.N`."""

    def __init__(self, weights: dict, prefix: str):
        super().__init__()
        count = 0
        while f"{prefix}.model.{count}.conv.conv.weight" in weights:
            count += 1
        self.model = nn.Sequential(
            *[Bottleneck(weights, f"{prefix}.model.{i}", 1, residual=True) for i in range(count)]
        )

    def forward(self, x):
        return self.model(x)


class MiniFasNet(nn.Module):
    """80x80 BGR (0-255) in, 3 logits out (class 1 = real face). Eval-mode graph only."""

    def __init__(self, weights: dict):
        super().__init__()
        self.conv1 = ConvBn(weights, "conv1", 2, activation=True)  # 80 -> 40
        self.conv2_dw = ConvBn(weights, "conv2_dw", 1, activation=True)
        self.conv_23 = Bottleneck(weights, "conv_23", 2, residual=False)  # 40 -> 20
        self.conv_3 = Stage(weights, "conv_3")
        self.conv_34 = Bottleneck(weights, "conv_34", 2, residual=False)  # 20 -> 10
        self.conv_4 = Stage(weights, "conv_4")
        self.conv_45 = Bottleneck(weights, "conv_45", 2, residual=False)  # 10 -> 5
        self.conv_5 = Stage(weights, "conv_5")
        self.conv_6_sep = ConvBn(weights, "conv_6_sep", 1, activation=True)
        # Depthwise 5x5 over the 5x5 map: one value per channel (a learned global pooling).
        self.conv_6_dw = ConvBn(weights, "conv_6_dw", 1, activation=False)
        embedding, features = weights["linear.weight"].shape
        self.linear = nn.Linear(features, embedding, bias=False)
        self.bn = nn.BatchNorm1d(embedding)
        classes = weights["prob.weight"].shape[0]
        self.prob = nn.Linear(embedding, classes, bias=False)  # dropout before it is a no-op in eval

    def forward(self, x):
        for layer in (self.conv1, self.conv2_dw, self.conv_23, self.conv_3, self.conv_34, self.conv_4,
                      self.conv_45, self.conv_5, self.conv_6_sep, self.conv_6_dw):
            x = layer(x)
        x = torch.flatten(x, 1)
        return self.prob(self.bn(self.linear(x)))


def load_network(path: Path, sha256: str) -> MiniFasNet:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        sys.exit(f"{path}: sha256 {digest}, expected {sha256}")
    state = torch.load(path, map_location="cpu", weights_only=True)
    # Saved from nn.DataParallel: keys carry a `module.` prefix.
    state = {k.removeprefix("module."): v for k, v in state.items()}
    net = MiniFasNet(state)
    net.load_state_dict(state, strict=True)
    return net.eval()


# --- The authors' preprocessing (the reference our TypeScript must match) ------------------------


def crop_rect(box: list[float], width: int, height: int, scale: float) -> tuple[int, int, int, int, float]:
    """The authors' CropImage rule: inclusive integer corners x1, y1, x2, y2 and the scale used."""
    x, y, w, h = box
    scale = min((height - 1) / h, min((width - 1) / w, scale))
    new_w, new_h = w * scale, h * scale
    cx, cy = w / 2 + x, h / 2 + y
    x1, y1, x2, y2 = cx - new_w / 2, cy - new_h / 2, cx + new_w / 2, cy + new_h / 2
    if x1 < 0:
        x2 -= x1
        x1 = 0
    if y1 < 0:
        y2 -= y1
        y1 = 0
    if x2 > width - 1:
        x1 -= x2 - width + 1
        x2 = width - 1
    if y2 > height - 1:
        y1 -= y2 - height + 1
        y2 = height - 1
    return int(x1), int(y1), int(x2), int(y2), scale


def model_input(bgr: np.ndarray, box: list[float], scale: float) -> tuple[np.ndarray, dict]:
    height, width = bgr.shape[:2]
    x1, y1, x2, y2, used = crop_rect(box, width, height, scale)
    patch = cv2.resize(bgr[y1 : y2 + 1, x1 : x2 + 1], (INPUT_SIZE, INPUT_SIZE))  # INTER_LINEAR
    chw = patch.transpose(2, 0, 1).astype(np.float32)[None]  # BGR, 0-255, no normalisation
    # The hash of the 80x80 BGR bytes lets the TypeScript test check its resize bit for bit.
    bgr_sha256 = hashlib.sha256(np.ascontiguousarray(patch).tobytes()).hexdigest()
    return chw, {"rect": [x1, y1, x2, y2], "scale": used, "bgrSha256": bgr_sha256}


def softmax(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


# --- Export and checks -------------------------------------------------------------------------


def export(net: MiniFasNet, path: Path) -> None:
    # The TorchScript exporter, on purpose: it writes the opset asked for (13) directly, where the
    # torch.export-based one is built for opset 18 and newer.
    warnings.filterwarnings("ignore", message="You are using the legacy TorchScript-based ONNX export")
    torch.onnx.export(
        net,
        (torch.zeros(1, 3, INPUT_SIZE, INPUT_SIZE),),
        str(path),
        input_names=["input"],
        output_names=["logits"],
        dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}},
        opset_version=OPSET,
        do_constant_folding=True,
        dynamo=False,
    )
    model = onnx.load(str(path))
    onnx.checker.check_model(model, full_check=True)


def max_diff(net: MiniFasNet, session: onnxruntime.InferenceSession, batch: np.ndarray) -> float:
    with torch.no_grad():
        expected = net(torch.from_numpy(batch)).numpy()
    actual = session.run(["logits"], {"input": batch})[0]
    return float(np.abs(expected - actual).max())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", type=Path, default=REPO_PARENT / "shared" / "models" / "minifasnet")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--fixtures", type=Path, default=REPO_PARENT / "shared" / "fixtures")
    parser.add_argument("--reference-boxes", type=Path, default=HERE / "reference-boxes.json")
    args = parser.parse_args()

    torch.manual_seed(0)
    torch.backends.nnpack.set_flags(False)  # NNPACK only warns "unsupported hardware" on many CPUs
    rng = np.random.default_rng(0)
    references = json.loads(args.reference_boxes.read_text())
    images = {r["fixture"]: cv2.imread(str(args.fixtures / r["fixture"]), cv2.IMREAD_COLOR) for r in references}
    for fixture, image in images.items():
        if image is None:
            sys.exit(f"cannot read {args.fixtures / fixture}")

    report = {"torch": torch.__version__, "onnx": onnx.__version__, "onnxruntime": onnxruntime.__version__,
              "opencv": cv2.__version__, "opset": OPSET, "models": {}}
    outputs = {}
    for spec in MODELS:
        net = load_network(args.weights / f"{spec['name']}.pth", spec["sha256"])
        onnx_path = args.out / f"{spec['name']}.onnx"
        export(net, onnx_path)
        session = onnxruntime.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])

        random_batch = rng.uniform(0, 255, (RANDOM_INPUTS, 3, INPUT_SIZE, INPUT_SIZE)).astype(np.float32)
        crops = [model_input(images[r["fixture"]], r["box"], spec["scale"]) for r in references]
        crop_batch = np.concatenate([c[0] for c in crops])
        random_diff = max_diff(net, session, random_batch)
        crop_diff = max_diff(net, session, crop_batch)
        print(f"{onnx_path.name}: max |ONNX - PyTorch| logit: random {random_diff:.2e}, "
              f"{len(crops)} real crops {crop_diff:.2e}")
        if max(random_diff, crop_diff) > MAX_ABS_DIFF:
            sys.exit(f"{onnx_path.name}: ONNX differs from PyTorch by more than {MAX_ABS_DIFF}")

        with torch.no_grad():
            probs = softmax(net(torch.from_numpy(crop_batch)).numpy())
        outputs[spec["name"]] = [
            {**meta, "softmax": [round(float(p), 7) for p in row]} for (_, meta), row in zip(crops, probs)
        ]
        report["models"][spec["name"]] = {
            "bytes": onnx_path.stat().st_size,
            "sha256": hashlib.sha256(onnx_path.read_bytes()).hexdigest(),
            "maxAbsDiffRandom": float(f"{random_diff:.3g}"),
            "maxAbsDiffCrops": float(f"{crop_diff:.3g}"),
        }

    v2, v1se = (outputs[m["name"]] for m in MODELS)
    reference = {
        "about": "Written by convert.py: the authors' preprocessing (cv2.imread, CropImage rule, cv2.resize "
                 "INTER_LINEAR, BGR 0-255) and PyTorch softmax, for the TypeScript end-to-end test.",
        "conversion": report,
        "photos": [
            {**r, "width": int(images[r["fixture"]].shape[1]), "height": int(images[r["fixture"]].shape[0]),
             "v2": a, "v1se": b, "live": round((a["softmax"][1] + b["softmax"][1]) / 2, 7)}
            for r, a, b in zip(references, v2, v1se)
        ],
    }
    (args.out / "reference-outputs.json").write_text(json.dumps(reference, indent=2) + "\n")
    print(f"wrote {args.out / 'reference-outputs.json'} ({len(references)} photos)")


if __name__ == "__main__":
    main()
