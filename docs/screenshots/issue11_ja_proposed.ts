<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ContourPanel</name>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="128" />
        <source>These contours could not be computed.</source>
        <translation>この等高線は計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="144" />
        <source>Train only these two weights</source>
        <translation>この 2 つの重みだけを学習</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="146" />
        <source>Train a copy of the network in which only these two weights may move, on all training points at once: every step goes downhill on exactly the surface drawn here, so the path follows its contour lines.</source>
        <translation>この 2 つの重みだけが動けるネットワークのコピーを、すべての訓練データで一度に学習します。どのステップもここに描いた面そのものを下るので、道筋は等高線に沿って進みます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="149" />
        <source>updates:</source>
        <translation>更新回数:</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="150" />
        <source>Number of updates of the path</source>
        <translation>道筋の更新回数</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="151" />
        <source>Compute again</source>
        <translation>再計算</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="153" />
        <source>The contours are a snapshot: compute them again around the current weights.</source>
        <translation>等高線はある時点のスナップショットです。現在の重みのまわりで計算し直します。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="154" />
        <source>Progress of the contour computation</source>
        <translation>等高線の計算の進み具合</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="155" />
        <source>%v of %m rows</source>
        <translation>%m 行中 %v 行</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="156" />
        <source>Contour lines of the loss over two weights</source>
        <translation>2 つの重みに対する損失の等高線</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="163" />
        <source>Contour lines of the loss over the two weights, every other weight fixed: 50 × 50 = 2 500 losses on the whole training set, computed in the background.</source>
        <translation>ほかの重みをすべて固定したときの、2 つの重みに対する損失の等高線です。訓練データ全体での損失を 50 × 50 = 2 500 回、裏で計算します。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="168" />
        <source>Contour lines of L over %1 and %2, every other weight fixed (black dot: now; dashed: the contour through it).</source>
        <translation>ほかの重みをすべて固定したときの、%1 と %2 に対する L の等高線（黒い点: 現在の値、破線: そこを通る等高線）。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="172" />
        <source>During normal training the other weights move too, so the surface under these two changes at every step and the real path leaves these contours.</source>
        <translation>普通の学習ではほかの重みも動くので、この 2 つの下の面はステップごとに変わり、実際の道筋はこの等高線から外れていきます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="176" />
        <source>Blue: %1 updates of only these two weights (%2 with η = %3 on all %4 training points, on a copy of the network). Nothing else moves, so each step goes downhill on exactly this surface.</source>
        <translation>青: この 2 つの重みだけを %1 回更新した道筋（%2、η = %3、%4 個の訓練データすべて、ネットワークのコピー上）。ほかは何も動かないので、どのステップもまさにこの面を下ります。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="182" />
        <source>The loss became infinite: the path diverged and stopped.</source>
        <translation>損失が無限大になりました。道筋は発散して止まりました。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_contours.py" line="184" />
        <source>Computed at step %1; the network is now at step %2: press “Compute again”.</source>
        <translation>ステップ %1 で計算しました。ネットワークは今ステップ %2 です。「再計算」を押してください。</translation>
    </message>
</context>
<context>
    <name>DescentView</name>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="184" />
        <source>The loss along this weight could not be computed.</source>
        <extracomment>The η slider: log10(η) × 10 from 1e−4 to 100. η typed here must lie in (0, MAX_RATE].</extracomment>
        <translation>この重みに沿った損失は計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="225" />
        <location filename="../../work/main/playground/views/descent_view.py" line="302" />
        <source>loss L</source>
        <translation>損失 L</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="254" />
        <source>η must be a number above 0 and at most %1.</source>
        <translation>η は 0 より大きく %1 以下の数にしてください。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="284" />
        <source>Weight:</source>
        <translation>重み:</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="285" />
        <source>Weight or bias to look along</source>
        <translation>調べる重みまたはバイアス</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="286" />
        <source>Second weight (contours):</source>
        <translation>2 つ目の重み（等高線）:</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="287" />
        <source>Second weight for contour lines</source>
        <translation>等高線用の 2 つ目の重み</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="288" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="290" />
        <source>Row i: the neuron the weight comes from</source>
        <translation>行 i: 重みの出どころのニューロン</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="291" />
        <source>Column j: the neuron the weight goes to</source>
        <translation>列 j: 重みの行き先のニューロン</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="292" />
        <location filename="../../work/main/playground/views/descent_view.py" line="296" />
        <source>Learning rate η to try</source>
        <translation>試す学習率 η</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="294" />
        <source>Try another learning rate η here: the arrow shows the step it would give. Training keeps the app's learning rate.</source>
        <translation>ここで別の学習率 η を試せます。矢印がその η でのステップを示します。学習そのものはアプリの学習率のままです。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="300" />
        <source>Loss along the selected weight</source>
        <translation>選んだ重みに沿った損失</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="309" />
        <source>The weight (or bias) whose loss curve is drawn. Clicking an edge or a neuron on the network diagram chooses it too.</source>
        <translation>損失の曲線を描く重み（またはバイアス）。ネットワーク図の線やニューロンをクリックしても選べます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="311" />
        <source>Choose a second weight to see contour lines of the loss over both.</source>
        <translation>2 つ目の重みを選ぶと、2 つに対する損失の等高線が見られます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="319" />
        <source>the app's learning rate (%1)</source>
        <translation>アプリの学習率（%1）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="322" />
        <source>Use the learning rate η that training uses; untick to try others here.</source>
        <translation>学習で使っている学習率 η を使います。外すとここで別の値を試せます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="327" />
        <source>Select a weight or a neuron on the network diagram.</source>
        <translation>ネットワーク図で重みかニューロンを選んでください。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_view.py" line="331" />
        <source>Computing the loss along %1…</source>
        <translation>%1 に沿った損失を計算しています…</translation>
    </message>
</context>
<context>
    <name>DescentWords</name>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="38" />
        <source>cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="39" />
        <source>mean squared error</source>
        <translation>平均二乗誤差</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="41" />
        <source>plus the L2 penalty ½λΣW² (λ = %1)</source>
        <translation>L2 ペナルティ ½λΣW²（λ = %1）を加えたもの</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="43" />
        <source>plus the L1 penalty λΣ|W| (λ = %1)</source>
        <translation>L1 ペナルティ λΣ|W|（λ = %1）を加えたもの</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="45" />
        <source>no weight penalty</source>
        <translation>重みのペナルティなし</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="46" />
        <source>%1 on all %2 training points, %3</source>
        <translation>%2 個の訓練データすべてでの%1、%3</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="49" />
        <source> (dropout: one fixed mask)</source>
        <translation>（ドロップアウト: 固定したマスク 1 つ）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="51" />
        <source> (batch norm: statistics of these points)</source>
        <translation>（Batch Norm: これらの点の統計量）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="56" />
        <source>The loss L along %1 (%2), every other weight fixed at its current value: a slice at step %3. L = %4. The tangent's slope is ∂L/∂w of this same L.</source>
        <translation>%1（%2）に沿った損失 L。ほかの重みはすべて現在の値に固定した、ステップ %3 での断面です。L = %4。接線の傾きは、この同じ L の ∂L/∂w です。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="66" />
        <source>%1: Δw = −η·∂L/∂w = −%2 × %3</source>
        <translation>%1: Δw = −η·∂L/∂w = −%2 × %3</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="67" />
        <source>%1: v ← α·v − η·∂L/∂w, then Δw = v (α = %2, v before = %3)</source>
        <translation>%1: v ← α·v − η·∂L/∂w、そして Δw = v（α = %2、更新前の v = %3）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="68" />
        <source>%1: v ← α·v − η·∂L/∂w, then Δw = α²·v − (1 + α)·η·∂L/∂w (α = %2, v before = %3)</source>
        <translation>%1: v ← α·v − η·∂L/∂w、そして Δw = α²·v − (1 + α)·η·∂L/∂w（α = %2、更新前の v = %3）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="70" />
        <source>%1: h ← h + (∂L/∂w)², then Δw = −η·∂L/∂w / (√h + ε) (h before = %2)</source>
        <translation>%1: h ← h + (∂L/∂w)²、そして Δw = −η·∂L/∂w / (√h + ε)（更新前の h = %2）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="72" />
        <source>%1: h ← ρ·h + (1 − ρ)·(∂L/∂w)², then Δw = −η·∂L/∂w / (√h + ε) (ρ = %2, h before = %3)</source>
        <translation>%1: h ← ρ·h + (1 − ρ)·(∂L/∂w)²、そして Δw = −η·∂L/∂w / (√h + ε)（ρ = %2、更新前の h = %3）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="74" />
        <source>%1: m ← m + (1 − β₁)(∂L/∂w − m), v ← v + (1 − β₂)((∂L/∂w)² − v), then Δw = −η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε) (t = %2, m before = %3, v before = %4)</source>
        <translation>%1: m ← m + (1 − β₁)(∂L/∂w − m)、v ← v + (1 − β₂)((∂L/∂w)² − v)、そして Δw = −η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε)（t = %2、更新前の m = %3、v = %4）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="94" />
        <source>The step lands where the loss is no longer a number: it diverges. Make η smaller.</source>
        <translation>ステップの行き先では損失がもう数になりません。発散します。η を小さくしてください。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="97" />
        <source>The step is 0: the slope is 0 here.</source>
        <translation>ステップは 0 です。ここでは傾きが 0 です。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="100" />
        <source>This step goes uphill along this weight (%1): the optimizer's memory of earlier gradients outweighs the slope here.</source>
        <translation>このステップはこの重みに沿って坂を上ります（%1）。最適化手法が覚えている過去の勾配が、ここでの傾きより強く効いています。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="103" />
        <source>Overshoot: the step jumps past the bottom of the valley and the loss rises (%1). Steps like this blow up (diverge): make η smaller.</source>
        <translation>行き過ぎ: ステップが谷底を飛び越え、損失が増えます（%1）。このようなステップを続けると発散します。η を小さくしてください。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="106" />
        <source>Overshoot, but downhill: the step passes the lowest point along this weight and still lands lower (%1).</source>
        <translation>行き過ぎだが下り: この重みに沿った最低点を通り過ぎますが、着地点は元より低いです（%1）。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="109" />
        <source>Undershoot: the loss falls (%1) and the slope still points the same way; a larger η would get further in one step.</source>
        <translation>足りない: 損失は下がり（%1）、傾きはまだ同じ向きです。η を大きくすれば 1 ステップでもっと進めます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="114" />
        <source>(The arrow is too short to see at this scale.)</source>
        <translation>（矢印はこの縮尺では短すぎて見えません。）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="121" />
        <source>w = %1, L = %2, ∂L/∂w = %3 (slope of the tangent)</source>
        <translation>w = %1、L = %2、∂L/∂w = %3（接線の傾き）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/descent_words.py" line="124" />
        <source>Next step: Δw = %1 with η = %2, to w = %3, where L = %4.</source>
        <translation>次のステップ: η = %2 で Δw = %1、w = %3 へ。そこでの L = %4。</translation>
    </message>
</context>
<context>
    <name>GradcheckView</name>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="127" />
        <source>The check could not be run.</source>
        <extracomment>Text and background of a passing and of a failing row's verdict.</extracomment>
        <translation>チェックを実行できませんでした。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="147" />
        <source>Run the check</source>
        <translation>チェックを実行</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="149" />
        <source>Compare the numerical gradient with backpropagation on the current network.</source>
        <translation>現在のネットワークで、数値微分による勾配と誤差逆伝播法による勾配を比べます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="150" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="151" />
        <source>Stop the check that is running.</source>
        <translation>実行中のチェックを止めます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="152" />
        <source>Progress of the gradient check</source>
        <translation>勾配確認の進み具合</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="153" />
        <source>%v of %m weights</source>
        <translation>%m 個中 %v 個の重み</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="154" />
        <source>Gradient check per parameter tensor</source>
        <translation>パラメータのテンソルごとの勾配確認</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="156" />
        <source>Tensor</source>
        <translation>テンソル</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="156" />
        <source>Shape</source>
        <translation>形</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="156" />
        <source>Checked</source>
        <translation>確認数</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="156" />
        <source>Worst entry</source>
        <translation>最大の差の要素</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="157" />
        <source>Numerical</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="157" />
        <source>Backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="157" />
        <source>Relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="158" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="160" />
        <source>The numerical gradient (f(w + h) − f(w − h)) / 2h at the worst entry.</source>
        <translation>差が最大の要素での数値微分 (f(w + h) − f(w − h)) / 2h。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="162" />
        <source>The gradient from backpropagation at the same entry.</source>
        <translation>同じ要素での、誤差逆伝播法による勾配。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="164" />
        <source>The numerical gradient nudges each weight by ±h (h = %1) and measures how the loss changes: two loss evaluations per weight, so it is far too slow for training (backpropagation gets every gradient in one backward pass) but simple enough to trust. The relative error |n − b| / (|n| + |b|) is used because gradients range over many orders of magnitude; a correct backward pass gives about 1e−8 or less, and the check passes at %2 or less. Tensors with more than %3 entries are checked on a random sample of %3. As the book warns: near a ReLU kink (a ≈ 0) the numerical derivative itself is wrong, a false alarm; and with batch norm use more than one point, because with one every gradient before it is exactly 0 and the check passes trivially.</source>
        <translation>数値微分は、各重みを ±h（h = %1）だけずらして損失の変化を測ります。重み 1 つにつき損失を 2 回計算するので、学習に使うには遅すぎますが（誤差逆伝播法は 1 回の逆伝播ですべての勾配を求めます）、単純なので信頼できます。勾配の大きさは桁が大きく違うので、相対誤差 |n − b| / (|n| + |b|) で比べます。正しい逆伝播ならおよそ 1e−8 以下で、%2 以下なら合格です。要素が %3 個を超えるテンソルは、無作為に選んだ %3 個を確認します。本の注意: ReLU の折れ目（a ≈ 0）の近くでは数値微分そのものが正しくなく、誤警報になります。Batch Norm では 2 点以上で確認してください。1 点だとその手前の勾配がすべてちょうど 0 になり、確認が無意味に合格します。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="181" />
        <source>Press “Run the check” to compare the two gradients.</source>
        <translation>「チェックを実行」を押すと 2 つの勾配を比べます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="182" />
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="183" />
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="187" />
        <source>On the minibatch of the last training step (%1 points), with the weights after step %2.</source>
        <translation>直前の学習ステップのミニバッチ（%1 点）で、ステップ %2 の後の重みを使っています。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="192" />
        <source>On the first %1 training points (as many as the batch size), with the weights after step %2: the minibatch of the last step is not available.</source>
        <translation>最初の %1 個の訓練データ（バッチサイズと同じ数）で、ステップ %2 の後の重みを使っています。直前のステップのミニバッチは取得できません。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="198" />
        <source>all %1</source>
        <translation>全 %1</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="199" />
        <source>%1 of %2</source>
        <translation>%2 個中 %1</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="205" />
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="205" />
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="232" />
        <source>All %1 tensors pass: backpropagation agrees with the numerical gradient (largest relative error %2).</source>
        <translation>%1 個のテンソルすべてが合格: 誤差逆伝播法と数値微分の勾配が一致しています（最大の相対誤差 %2）。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="235" />
        <source>%3 of %1 tensors fail (largest relative error %2): backpropagation and the numerical gradient disagree there.</source>
        <translation>%1 個中 %3 個のテンソルが不合格（最大の相対誤差 %2）: そこでは誤差逆伝播法と数値微分の勾配が一致しません。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="240" />
        <source>With ReLU a point near the kink can cause this: run again after a step to see whether it stays.</source>
        <translation>ReLU では折れ目の近くの点が原因のことがあります。1 ステップ進めてからもう一度実行し、残るか確かめてください。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradcheck_view.py" line="243" />
        <source>Careful: one point with batch norm passes trivially.</source>
        <translation>注意: Batch Norm で 1 点だけだと無意味に合格します。</translation>
    </message>
</context>
<context>
    <name>GradientMethodTab</name>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="106" />
        <source>η must be a number above 0.</source>
        <extracomment>The rates offered (any other may be typed): the book's three and a few between. The plane shown around the start. Points beyond this are not drawn (the path leaves the plot there).</extracomment>
        <translation>η は 0 より大きい数にしてください。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="135" />
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="136" />
        <source>distance to the minimum (log scale)</source>
        <translation>最小点までの距離（対数目盛）</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="139" />
        <source>Learning rate η:</source>
        <translation>学習率 η:</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="140" />
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="141" />
        <source>Pick or type η. The book tries 0.1, 10 and 1e−10.</source>
        <translation>η を選ぶか入力してください。本では 0.1、10、1e−10 を試しています。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="142" />
        <source>the book's numerical gradient</source>
        <translation>本の数値微分</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="144" />
        <source>Use the book's numerical differentiation (f(x + h) − f(x − h)) / 2h with h = 10⁻⁴ instead of the exact gradient (2x₀, 2x₁).</source>
        <translation>正確な勾配 (2x₀, 2x₁) の代わりに、本の数値微分 (f(x + h) − f(x − h)) / 2h（h = 10⁻⁴）を使います。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="147" />
        <source>f(x₀, x₁) = x₀² + x₁², from (−3, 4): %1 steps of gradient descent x ← x − η·∂f/∂x (the engine's SGD).</source>
        <translation>f(x₀, x₁) = x₀² + x₁²、(−3, 4) から勾配法 x ← x − η·∂f/∂x を %1 ステップ（エンジンの SGD）。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="149" />
        <source>Path of gradient descent on the plane</source>
        <translation>平面上の勾配法の道筋</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="150" />
        <source>Distance to the minimum per step</source>
        <translation>ステップごとの最小点までの距離</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="158" />
        <source>After %1 steps: x = (%2, %3), f(x) = %4.</source>
        <translation>%1 ステップ後: x = (%2, %3)、f(x) = %4。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="163" />
        <source>it shrinks so slowly that the point barely moves.</source>
        <translation>縮み方がとても遅く、点はほとんど動きません。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="165" />
        <source>it shrinks towards the minimum (0, 0).</source>
        <translation>最小点 (0, 0) に向かって縮みます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="167" />
        <source>it jumps back and forth for ever.</source>
        <translation>いつまでも行ったり来たりします。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="169" />
        <source>it grows: gradient descent diverges.</source>
        <translation>大きくなります。勾配法は発散します。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="170" />
        <source>With the exact gradient 2x every step multiplies x by 1 − 2η = %1: </source>
        <translation>正確な勾配 2x では、1 ステップごとに x が 1 − 2η = %1 倍になります。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="174" />
        <source>The numerical gradient: where |x| is about 10¹², f(x ± h) are huge numbers that agree in almost all of their 16 digits, so their difference, which should be 4·x·h, is lost to rounding; the gradient comes out wrong and then 0, and the point stops at the book's (−2.58e13, −1.29e12) instead of growing to 10¹²⁸.</source>
        <translation>数値微分では: |x| が 10¹² ほどになると f(x ± h) は 16 桁のほとんどが一致する巨大な数になり、本来 4·x·h になるはずの差が丸め誤差に埋もれます。勾配は誤った値になり、やがて 0 になって、点は 10¹²⁸ まで大きくならずに本と同じ (−2.58e13, −1.29e12) で止まります。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/gradient_method_tab.py" line="181" />
        <source>Here the numerical gradient agrees with 2x to many digits, so the path is the same.</source>
        <translation>ここでは数値微分が 2x と多くの桁で一致するので、道筋は同じです。</translation>
    </message>
</context>
<context>
    <name>OptimizerCompareTab</name>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="154" />
        <source>η must be a number above 0.</source>
        <extracomment>The book's four first, then the two it leaves out; three to a row. The plane of every small plot: (x min, x max, y min, y max). Points beyond this are not drawn (a huge η throws the path out of the plot).</extracomment>
        <translation>η は 0 より大きい数にしてください。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="182" />
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="217" />
        <source>Learning rate η of %1</source>
        <translation>%1 の学習率 η</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="218" />
        <source>Type a learning rate η for %1 and press Enter.</source>
        <translation>%1 の学習率 η を入力して Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="220" />
        <source>Path of %1</source>
        <translation>%1 の道筋</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="222" />
        <source>f(x, y) = x²/20 + y²: grey contour lines, + the minimum, black square the start, orange dot the current step. Click to start from there.</source>
        <translation>f(x, y) = x²/20 + y²: 灰色は等高線、+ は最小点、黒い四角は出発点、オレンジの点は現在のステップ。クリックするとそこから出発します。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="224" />
        <source>Step shown</source>
        <translation>表示するステップ</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="225" />
        <source>Drag to watch the paths step by step.</source>
        <translation>ドラッグすると道筋を 1 ステップずつ見られます。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="226" />
        <source>The book's settings</source>
        <translation>本の設定</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="227" />
        <source>Start at (−7, 2) with the book's learning rates again.</source>
        <translation>(−7, 2) から本の学習率で出発し直します。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_compare_tab.py" line="233" />
        <source>f(x, y) = x²/20 + y², %1 steps from (%2, %3). Click any plot to start there.</source>
        <translation>f(x, y) = x²/20 + y²、(%2, %3) から %1 ステップ。どのグラフでもクリックするとそこから出発します。</translation>
    </message>
</context>
<context>
    <name>OptimizerPathsView</name>
    <message>
        <location filename="../../work/main/playground/views/optimizer_paths_view.py" line="53" />
        <source>Gradient method</source>
        <translation>勾配法</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_paths_view.py" line="54" />
        <source>Optimizers compared</source>
        <translation>最適化手法の比較</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_paths_view.py" line="56" />
        <source>The book's first example: gradient descent on x₀² + x₁² with a learning rate that is just right, far too small or far too large.</source>
        <translation>本の最初の例: x₀² + x₁² での勾配法。学習率がちょうどよいとき、小さすぎるとき、大きすぎるとき。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_paths_view.py" line="59" />
        <source>The book's comparison of optimizers on a long, narrow valley.</source>
        <translation>細長い谷での、本の最適化手法の比較。</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_paths_view.py" line="60" />
        <source>Toy problems of gradient descent</source>
        <translation>勾配法の簡単な例題</translation>
    </message>
    <message>
        <location filename="../../work/main/playground/views/optimizer_paths_view.py" line="62" />
        <source>The book's toy problems of gradient descent, computed live by the engine's own optimizers: change the learning rate η and watch.</source>
        <translation>本の勾配法の例題を、エンジン自身の最適化手法でその場で計算します。学習率 η を変えて見てください。</translation>
    </message>
</context>
<context><name>docks</name><message><source>Gradient descent on a weight</source><translation>重み 1 つでの勾配降下法</translation></message><message><source>Optimizers compared</source><translation>最適化手法の比較</translation></message><message><source>Gradient check</source><translation>勾配確認</translation></message></context></TS>