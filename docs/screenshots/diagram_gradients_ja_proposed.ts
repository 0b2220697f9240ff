<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
  <context>
    <name>DiagramGradients</name>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="57" />
      <source>∂L/∂w for the picked point</source>
      <translation>選んだ点の ∂L/∂w</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="59" />
      <source>∂L/∂w of the last minibatch (step %1)</source>
      <translation>直前のミニバッチの ∂L/∂w（ステップ %1）</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="62" />
      <source>%1 +, %2 −, largest %3</source>
      <translation>%1 +、%2 −、最大 %3</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="68" />
      <location filename="../../playground/views/gradient_words.py" line="80" />
      <source>penalty not included</source>
      <translation>ペナルティは含まず</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="71" />
      <source>blue</source>
      <translation>青</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="72" />
      <source>orange</source>
      <translation>オレンジ</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="73" />
      <source>%1 +, %2 −, width ∝ |∂L/∂w|, largest %3; frames: ∂L/∂a</source>
      <translation>%1 +、%2 −、太さ ∝ |∂L/∂w|、最大 %3。枠: ∂L/∂a</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="88" />
      <source>Each connection shows ∂L/∂w for the picked point alone, at the weights now: the loss of that point, L, changes by about ∂L/∂w for each unit w grows. Each neuron's frame shows δ = ∂L/∂a.</source>
      <translation>各結合は、選んだ点だけについての現在の重みでの ∂L/∂w を示します。w が 1 増えると、その点の損失 L はおよそ ∂L/∂w だけ変わります。各ニューロンの枠は δ = ∂L/∂a を示します。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="93" />
      <source>Each connection shows ∂L/∂w of the last training step: the mean over its minibatch of %1 points, at the weights the step started from, so exactly the gradient the step used. Each neuron's frame shows ∂L/∂a summed over the minibatch (= ∂L/∂b).</source>
      <translation>各結合は、直前の学習ステップの ∂L/∂w を示します。%1 点のミニバッチの平均を、そのステップが始まったときの重みで計算したもので、ステップが実際に使った勾配そのものです。各ニューロンの枠は、ミニバッチ全体で合計した ∂L/∂a（= ∂L/∂b）を示します。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="98" />
      <source>Width grows with |∂L/∂w| on one scale for the whole network: thin edges on the left mean the gradient shrinks on its way back.</source>
      <translation>線の太さはネットワーク全体で共通の目盛りで |∂L/∂w| に比例します。左側の線が細いのは、勾配が逆向きに伝わる途中で小さくなっているということです。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="102" />
      <source>The L2 penalty's gradient λ·w is not included; the optimizer adds it (point at a connection to see its update).</source>
      <translation>L2 ペナルティの勾配 λ·w は含みません。最適化手法が更新のときに足します（結合にマウスを重ねると更新が見られます）。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="106" />
      <source>The L1 penalty's gradient λ·sign(w) is not included; the optimizer adds it (point at a connection to see its update).</source>
      <translation>L1 ペナルティの勾配 λ·sign(w) は含みません。最適化手法が更新のときに足します（結合にマウスを重ねると更新が見られます）。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="110" />
      <source>“sat” (saturated) and “dead” neurons barely learn: point at one to read why.</source>
      <translation>「飽和」と「停止」のニューロンはほとんど学習しません。マウスを重ねると理由が読めます。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="119" />
      <source>No step yet: press Step to see the gradient of a minibatch, or show the gradients for the picked point.</source>
      <translation>まだステップがありません。「ステップ」を押すとミニバッチの勾配が見られます。選んだ点の勾配を表示することもできます。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="123" />
      <source>This location has no target yet: choose its class (in the neuron inspector) to get a loss and its gradient.</source>
      <translation>この位置にはまだ正解がありません。（ニューロンの詳細で）クラスを選ぶと、損失とその勾配が求まります。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="127" />
      <source>Pick a point on the plane (Pick tool) to see its gradients here.</source>
      <translation>平面上の点を選ぶと（選択ツール）、その勾配がここに表示されます。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="131" />
      <source>For a network this big the gradients are computed while training pauses: press Step to see those of the next step.</source>
      <translation>これほど大きなネットワークでは、勾配は学習を一時停止している間だけ計算します。「ステップ」を押すと次のステップの勾配が見られます。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="147" />
      <source>(prediction − target)</source>
      <translation>（予測 − 正解）</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="151" />
      <source>(error from the right × slope)</source>
      <translation>（右から来た誤差 × 傾き）</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="158" />
      <source>At the output, softmax with cross-entropy (or the identity with squared error) gives δ = y − t: the prediction minus the target.</source>
      <translation>出力層では、ソフトマックスと交差エントロピー誤差（または恒等関数と二乗和誤差）の組み合わせで δ = y − t、つまり予測から正解を引いたものになります。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="161" />
      <source>Chain rule: δ = ∂L/∂a is the error arriving from the right, ∂L/∂y = Σ w·δ over the next layer, times this neuron's own slope h′(a), its local derivative. ∂L/∂w = δ · x then multiplies in the input the weight carries.</source>
      <translation>連鎖律: δ = ∂L/∂a は、右から来た誤差 ∂L/∂y = Σ w·δ（次の層について合計）に、このニューロン自身の傾き h′(a)（局所的な微分）を掛けたものです。∂L/∂w = δ · x は、さらにその重みが運ぶ入力を掛けます。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="170" />
      <source>∂L/∂b = Σ δ over the %1 points of the last minibatch = %2</source>
      <translation>∂L/∂b = 直前のミニバッチ %1 点の δ の合計 = %2</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="173" />
      <source>∂L/∂w = Σ δ·x over the %1 points of the last minibatch = %2</source>
      <translation>∂L/∂w = 直前のミニバッチ %1 点の δ·x の合計 = %2</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="182" />
      <source>Last step (%1, step %2): Δ%3 = %3 now − %3 before = %4 − %5 = %6</source>
      <translation>直前のステップ（%1、ステップ %2）: Δ%3 = 現在の %3 − 更新前の %3 = %4 − %5 = %6</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="193" />
      <source>Changed by hand (or a setting) since that step: the step itself moved it by %1.</source>
      <translation>このステップの後に手で（または設定の変更で）変わっています。ステップ自体による変化は %1 です。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="212" />
      <source>(velocity)</source>
      <translation>（速度）</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="222" />
      <source>(sum of squared gradients)</source>
      <translation>（勾配の 2 乗の和）</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="228" />
      <source>(moving average of squared gradients)</source>
      <translation>（勾配の 2 乗の移動平均）</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="234" />
      <source>(bias correction, t = %1)</source>
      <translation>（バイアス補正、t = %1）</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="252" />
      <source>dead</source>
      <translation>停止</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="253" />
      <source>sat</source>
      <translation>飽和</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="259" />
      <source>Dead ReLU: a ≤ 0 on all %1 training points, so its output and its slope h′(a) are 0 everywhere. δ = ∂L/∂y · h′(a) is 0, no gradient reaches the weights into it, and they stop learning for good.</source>
      <translation>停止した ReLU: 訓練データ %1 点のすべてで a ≤ 0 なので、出力も傾き h′(a) もどこでも 0 です。δ = ∂L/∂y · h′(a) が 0 になり、このニューロンへの重みには勾配が届かず、もう学習しません。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="265" />
      <source>for the picked point</source>
      <translation>選んだ点で</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="267" />
      <source>on every point of the last minibatch</source>
      <translation>直前のミニバッチのすべての点で</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="269" />
      <source>Saturated %1: its %2 sits near the end of its range, where the slope h′(a) is below 1 % of its largest. δ = ∂L/∂y · h′(a) is then almost 0 whatever error arrives from the right: the slope, not the error, stops the weights into it from learning.</source>
      <translation>%1飽和: %2 の出力が値域の端に張り付き、傾き h′(a) が最大値の 1 % 未満です。右からどんな誤差が来ても δ = ∂L/∂y · h′(a) はほぼ 0 になります。学習を止めているのは誤差ではなく傾きです。</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="283" />
      <source>∂L/∂a summed over the minibatch = ∂L/∂b = %1</source>
      <translation>ミニバッチで合計した ∂L/∂a = ∂L/∂b = %1</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="297" />
      <source>∂L/∂w = %1 for the picked point</source>
      <translation>選んだ点の ∂L/∂w = %1</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="299" />
      <source>∂L/∂w = %1 on the last minibatch</source>
      <translation>直前のミニバッチの ∂L/∂w = %1</translation>
    </message>
    <message>
      <location filename="../../playground/views/gradient_words.py" line="319" />
      <source>Show the gradients for the picked point to see one δ·x split into its factors.</source>
      <translation>選んだ点の勾配を表示すると、1 つの δ·x を因数に分けて見られます。</translation>
    </message>
    <message>
      <location filename="../../playground/views/diagram_gradients.py" line="211" />
      <source>Backward pass, right to left (click or Esc to skip)</source>
      <extracomment>How long the backward pass takes to travel across the diagram after a Step. Networks with more weights get their gradients only while training pauses.</extracomment>
      <translation>逆伝播: 右から左へ（クリックか Esc で省略）</translation>
    </message>
  </context>
  <context>
    <name>NetworkPanel</name>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="158" />
      <source>Gradients ∂L/∂w</source>
      <translation>勾配 ∂L/∂w</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="178" />
      <source>Values for the picked point</source>
      <translation>選んだ点の値</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="181" />
      <source>Show the picked point on the diagram: each node's value and, instead of the weights w, each connection's contribution x·w (blue positive, orange negative, wider for larger). Point at a neuron to read the x·w of its inputs.</source>
      <translation>選んだ点を図に表示します: 各ノードの値と、重み w の代わりに各結合の寄与 x·w（青は正、オレンジは負、大きいほど太い）。ニューロンにマウスを重ねると、その入力の x·w が読めます。</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="185" />
      <source>Gradients on the diagram</source>
      <translation>図に勾配を表示</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="187" />
      <source>Show the gradient on the diagram (backpropagation): each connection's ∂L/∂w instead of its weight, each neuron's ∂L/∂a as a frame, and the neurons that barely learn. After a Step the backward pass runs right to left. Select a connection to read ∂L/∂w = δ·x by the chain rule; point at one for the update the optimizer applied.</source>
      <translation>図に勾配を表示します（誤差逆伝播法）: 各結合には重みの代わりに ∂L/∂w を、各ニューロンには ∂L/∂a を枠で示し、ほとんど学習しないニューロンに印を付けます。「ステップ」を押すと逆伝播が右から左へ進みます。結合を選ぶと連鎖律による ∂L/∂w = δ·x が読め、マウスを重ねると最適化手法が行った更新が見られます。</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="192" />
      <source>of the last minibatch</source>
      <translation>直前のミニバッチ</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="193" />
      <source>for the picked point</source>
      <translation>選んだ点</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="194" />
      <source>Gradients of</source>
      <translation>勾配の対象</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="196" />
      <source>The last minibatch: the mean gradient the last training step used, at the weights it started from. The picked point: the gradient of that point's loss alone, at the weights now.</source>
      <translation>直前のミニバッチ: 直前の学習ステップが使った平均の勾配（そのステップが始まったときの重みで）。選んだ点: その点の損失だけの勾配（現在の重みで）。</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="267" />
      <source>bias b =</source>
      <translation>バイアス b =</translation>
    </message>
    <message>
      <location filename="../../playground/panels/network_panel.py" line="267" />
      <source>weight w =</source>
      <translation>重み w =</translation>
    </message>
  </context>
</TS>