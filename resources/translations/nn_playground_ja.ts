<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivationView</name>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="191"/>
        <source>Layer:</source>
        <extracomment>Bins of the histogram of a.</extracomment>
        <translation>層:</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="192"/>
        <source>Neuron:</source>
        <translation>ニューロン:</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="193"/>
        <source>Hidden layer</source>
        <translation>中間層</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="194"/>
        <source>Neuron</source>
        <translation>ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="196"/>
        <source>Whose activation function to highlight; follows the neuron selected on the network diagram.</source>
        <translation>どの活性化関数を強調するか。ネットワークの図で選んだニューロンに合わせて切り替わります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="201"/>
        <source>Show %1 and its derivative.</source>
        <translation>%1 とその導関数を表示します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="203"/>
        <source>derivatives h′(a) (dashed)</source>
        <translation>導関数 h′(a)（破線）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="204"/>
        <source>Show the derivatives</source>
        <translation>導関数を表示</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="206"/>
        <source>The slope h′(a) of each function, dashed. Where it is about 0, the gradient through the neuron vanishes and its weights stop learning.</source>
        <translation>各関数の傾き h′(a) を破線で描きます。これがほぼ 0 のところでは、ニューロンを通る勾配が消失し、その重みは学習しなくなります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="208"/>
        <source>Plot of the activation functions</source>
        <translation>活性化関数のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="242"/>
        <source>hidden %1 (%2)</source>
        <translation>中間層 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="304"/>
        <source>This network has no hidden layer, so no activation function acts inside it.</source>
        <translation>このネットワークには中間層がないので、内部で働く活性化関数はありません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="308"/>
        <source>Pick a point to see its a.</source>
        <translation>点を選ぶと、その a が表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="310"/>
        <source>These numbers could not be computed.</source>
        <translation>これらの値を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="312"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="321"/>
        <source>Neuron %1 of hidden layer %2 for the picked point: a = %3, y = h(a) = %4, h′(a) = %5</source>
        <translation>選んだ点に対する中間層 %2 のニューロン %1: a = %3、y = h(a) = %4、h′(a) = %5</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="324"/>
        <source>With batch normalisation, h acts on the normalised a.</source>
        <translation>Batch Normalization があるので、h は正規化した a にかかります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/activation_view.py" line="327"/>
        <source>h′(a) ≈ 0 for %1 of this layer&apos;s a over the training data (the histogram behind the curves; its flat part in orange).</source>
        <translation>訓練データに対するこの層の a のうち %1 で h′(a) ≈ 0 です（曲線の後ろのヒストグラム。平らな部分はオレンジ色）。</translation>
    </message>
</context>
<context>
    <name>AffineView</name>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="154"/>
        <source>Layer:</source>
        <extracomment>Number views refresh at most this often while training (once more after it stops). The probe of the last step&apos;s minibatch (it reads ``Trainer.last_batch``).</extracomment>
        <translation>層:</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="155"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="157"/>
        <source>The layer to show; it follows the neuron selected on the network diagram.</source>
        <translation>表示する層。ネットワークの図で選んだニューロンに合わせて切り替わります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="158"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="159"/>
        <source>the picked point</source>
        <translation>選んだ点</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="160"/>
        <source>the last minibatch</source>
        <translation>直前のミニバッチ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="161"/>
        <source>Input rows X</source>
        <translation>入力の行 X</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="163"/>
        <source>The rows of X: the point picked on the output map, or every point of the minibatch the last training step used.</source>
        <translation>X の行: 出力マップで選んだ点、または直前の学習ステップが使ったミニバッチのすべての点。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="165"/>
        <location filename="../../playground/views/inspect/affine_view.py" line="166"/>
        <source>show ∂L/∂W</source>
        <translation>∂L/∂W を表示</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="168"/>
        <source>Beside W, the gradient of the loss with respect to each weight for the picked point and its label: gradient descent moves each weight by −η × this.</source>
        <translation>W の横に、選んだ点とそのラベルについて、各重みに対する損失の勾配を表示します。勾配法は各重みをこの値の −η 倍だけ動かします。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="170"/>
        <source>Matrices of the layer: X, W, B, A and Y</source>
        <translation>この層の行列: X、W、B、A、Y</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="203"/>
        <source>Not available yet: the minibatch probe is still to come.</source>
        <translation>まだ使えません（ミニバッチを調べる機能は準備中です）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="289"/>
        <source>Pick a point on the output map to see X, A = XW + B and Y.</source>
        <translation>出力マップで点を選ぶと、X、A = XW + B、Y が表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="291"/>
        <source>These numbers could not be computed.</source>
        <translation>これらの値を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="294"/>
        <source>This version cannot show the minibatch yet.</source>
        <translation>このバージョンでは、まだミニバッチを表示できません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="295"/>
        <source>Take a training step to see its minibatch.</source>
        <translation>学習を 1 ステップ進めると、そのミニバッチが表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="297"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="299"/>
        <source>∂L/∂W is shown for a picked point with a label (choose its class).</source>
        <translation>∂L/∂W は、ラベルのある選んだ点について表示します（位置ならクラスを選んでください）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_view.py" line="300"/>
        <source>Hover over a cell of A to see the row of X and the column of W it is made of.</source>
        <translation>A のセルにマウスを重ねると、その値の元になる X の行と W の列が見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="41"/>
        <source>input</source>
        <translation>入力層</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="42"/>
        <location filename="../../playground/views/inspect/affine_words.py" line="44"/>
        <source>hidden %1</source>
        <translation>中間層 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="43"/>
        <source>output</source>
        <translation>出力層</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="45"/>
        <source>Layer %1: %2 → %3</source>
        <translation>第 %1 層: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="70"/>
        <source>(N = 1: the picked point)</source>
        <translation>（N = 1: 選んだ点）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="72"/>
        <source>(N = %1: the minibatch of step %2)</source>
        <translation>（N = %1: ステップ %2 のミニバッチ）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="75"/>
        <source>X: inputs   W: weights   B: biases   A: weighted sums   Y: outputs</source>
        <translation>X: 入力   W: 重み   B: バイアス   A: 重み付き和   Y: 出力</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="82"/>
        <source>feature %1</source>
        <translation>特徴量 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="83"/>
        <source>neuron %1 of hidden layer %2</source>
        <translation>中間層 %2 のニューロン %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="92"/>
        <source>= (the sum of %1 products x × w: %2) + %3 = %4</source>
        <translation>= (%1 個の積 x × w の和: %2) + %3 = %4</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="103"/>
        <source>A[%1, %2] is row %1 of X times column %2 of W, plus B[%2]:</source>
        <translation>A[%1, %2] は X の %1 行目と W の %2 列目の積に B[%2] を足したもの:</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="112"/>
        <source>Y[%1, %2] = %3: softmax turns row %1 of A into probabilities that add up to 1; this is class %4&apos;s.</source>
        <translation>Y[%1, %2] = %3: ソフトマックス関数が A の %1 行目を合計 1 の確率に変えたうちの、クラス %4 の確率です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="118"/>
        <source>X[%1, %2] = %3: %4 of row %1</source>
        <translation>X[%1, %2] = %3: %1 行目の%4</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="121"/>
        <source>W[%1, %2] = %3: the weight from %4 to neuron %2</source>
        <translation>W[%1, %2] = %3: %4 からニューロン %2 への重み</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="127"/>
        <source>B[%1] = %2: the bias of neuron %1</source>
        <translation>B[%1] = %2: ニューロン %1 のバイアス</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/affine_words.py" line="130"/>
        <source>∂L/∂W[%1, %2] = %3: a step of gradient descent changes W[%1, %2] by −η × %3.</source>
        <translation>∂L/∂W[%1, %2] = %3: 勾配法の 1 ステップで W[%1, %2] は −η × %3 だけ変わります。</translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="101"/>
        <source>sample</source>
        <extracomment>Table columns: sample, input, target, y of the target, loss at the step, loss now.</extracomment>
        <translation>サンプル</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="101"/>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="101"/>
        <source>target t</source>
        <translation>正解 t</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="101"/>
        <source>y of the target</source>
        <translation>正解クラスの y</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="102"/>
        <source>loss at the step</source>
        <translation>ステップ時の損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="102"/>
        <source>loss now</source>
        <translation>現在の損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="103"/>
        <source>Losses of the last minibatch</source>
        <translation>直前のミニバッチの損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="111"/>
        <source>Working it out…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="115"/>
        <source>No training step yet: press Step (or Play) and the minibatch it used appears here.</source>
        <translation>まだ学習ステップがありません。ステップ（または再生）を押すと、そのステップで使ったミニバッチがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="117"/>
        <source>These numbers could not be computed.</source>
        <translation>これらの値を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="124"/>
        <source>Step %1 trained on a minibatch of %2 samples</source>
        <translation>ステップ %1 は %2 個のサンプルからなるミニバッチで学習しました</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="129"/>
        <source>cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="130"/>
        <source>squared error</source>
        <translation>二乗和誤差</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="131"/>
        <source>Mean of the %1 losses (%2): %3</source>
        <translation>%1 個の損失（%2）の平均: %3</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="134"/>
        <source>Loss of step %1 = %2 + %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>ステップ %1 の損失 = %2 + %3 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="140"/>
        <source>The loss chart shows %1 for step %2.</source>
        <translation>損失のグラフでは、ステップ %2 は %1 です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="144"/>
        <source>With the weights now (after the step&apos;s update and any edit) the same samples have a mean loss of %1.</source>
        <translation>現在の重み（ステップでの更新と、その後の手による変更の後）では、同じサンプルの損失の平均は %1 です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="148"/>
        <source>The weights this step started from are gone (training went back after a problem): both columns use the weights now.</source>
        <translation>このステップが始まったときの重みは残っていません（問題が起きて学習が巻き戻されました）。どちらの列も現在の重みを使っています。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="152"/>
        <source>The step itself ran in training mode (dropout, batch statistics), so its loss differs a little from these evaluation-mode numbers.</source>
        <translation>ステップ自体は学習モード（Dropout、バッチの統計量）で計算したので、その損失は推論モードのこれらの値と少し違います。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="195"/>
        <source>+ penalty: none (no regularisation), 0</source>
        <translation>+ ペナルティ: なし（正則化なし）、0</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_batch.py" line="201"/>
        <source>+ penalty (%1, λ = %2): %3 = %4</source>
        <translation>+ ペナルティ（%1、λ = %2）: %3 = %4</translation>
    </message>
</context>
<context>
    <name>BoundaryPanel</name>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="90"/>
        <source>Show test data</source>
        <extracomment>Settings this panel&apos;s check boxes edit (view-only: they never touch training).</extracomment>
        <translation>テストデータを表示</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="92"/>
        <source>Draw the held-out test points (hollow markers) on the boundary.</source>
        <translation>学習に使わないテストデータ（白抜きの点）を決定境界の上に描きます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="93"/>
        <source>Discretize output</source>
        <translation>出力を離散化</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="95"/>
        <source>Colour each region by its winning class only, without confidence shading.</source>
        <translation>各領域を勝ったクラスの色だけで塗り、確信度による濃淡をつけません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="99"/>
        <source>More tools</source>
        <translation>その他のツール</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="100"/>
        <source>The tools and options that do not fit</source>
        <translation>入りきらないツールとオプション</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="102"/>
        <source>Previous point</source>
        <translation>前の点</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="103"/>
        <source>Pick the previous data point (← when the plane has the focus).</source>
        <translation>前のデータ点を選びます（平面にフォーカスがあるときは ←）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="104"/>
        <source>Next point</source>
        <translation>次の点</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="105"/>
        <source>Pick the next data point (→ when the plane has the focus).</source>
        <translation>次のデータ点を選びます（平面にフォーカスがあるときは →）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="106"/>
        <source>Clear the pick</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_panel.py" line="107"/>
        <source>Pick nothing: the inspectors wait for a point.</source>
        <translation>何も選びません。点を選ぶまで、詳しく見るビューは待機します。</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="111"/>
        <source>Decision boundary</source>
        <extracomment>Coarse neuron grids are interpolated to this side before colouring, so an enlarged neuron map looks smooth instead of like a mosaic.</extracomment>
        <translation>決定境界</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="112"/>
        <source>Decision boundary plot</source>
        <translation>決定境界のプロット</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="293"/>
        <source>The predicted value over the plane</source>
        <translation>平面上の各点での予測値</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="295"/>
        <source>Colour = predicted class</source>
        <translation>色 = 予測したクラス</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="297"/>
        <source>Colour = predicted class, paler = less sure</source>
        <translation>色 = 予測したクラス、淡いほど確信度が低い</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="398"/>
        <source>value %1 … %2</source>
        <translation>値 %1 … %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="403"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="405"/>
        <source>value −1 … +1</source>
        <translation>値 −1 … +1</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="407"/>
        <source>train</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/boundary_view.py" line="409"/>
        <source>test</source>
        <translation>テストデータ</translation>
    </message>
</context>
<context>
    <name>ContourPanel</name>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="128"/>
        <source>These contours could not be computed.</source>
        <translation>この等高線は計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="144"/>
        <source>Train only these two weights</source>
        <translation>この 2 つの重みだけを学習</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="146"/>
        <source>Train a copy of the network in which only these two weights may move, on all training points at once: every step goes downhill on exactly the surface drawn here, so the path follows its contour lines.</source>
        <translation>この 2 つの重みだけが動けるネットワークのコピーを、すべての訓練データで一度に学習します。どのステップもここに描いた面そのものを下るので、道筋は等高線に沿って進みます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="149"/>
        <source>updates:</source>
        <translation>更新回数:</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="150"/>
        <source>Number of updates of the path</source>
        <translation>道筋の更新回数</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="151"/>
        <source>Compute again</source>
        <translation>再計算</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="153"/>
        <source>The contours are a snapshot: compute them again around the current weights.</source>
        <translation>等高線はある時点のスナップショットです。現在の重みのまわりで計算し直します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="154"/>
        <source>Progress of the contour computation</source>
        <translation>等高線の計算の進み具合</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="155"/>
        <source>%v of %m rows</source>
        <translation>%m 行中 %v 行</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="156"/>
        <source>Contour lines of the loss over two weights</source>
        <translation>2 つの重みに対する損失の等高線</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="163"/>
        <source>Contour lines of the loss over the two weights, every other weight fixed: 50 × 50 = 2 500 losses on the whole training set, computed in the background.</source>
        <translation>ほかの重みをすべて固定したときの、2 つの重みに対する損失の等高線です。訓練データ全体での損失を 50 × 50 = 2 500 回、バックグラウンドで計算します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="168"/>
        <source>Contour lines of L over %1 and %2, every other weight fixed (black dot: now; dashed: the contour through it).</source>
        <translation>ほかの重みをすべて固定したときの、%1 と %2 に対する L の等高線（黒い点: 現在の値、破線: そこを通る等高線）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="172"/>
        <source>During normal training the other weights move too, so the surface under these two changes at every step and the real path leaves these contours.</source>
        <translation>普通の学習ではほかの重みも動くので、この 2 つの下の面はステップごとに変わり、実際の道筋はこの等高線から外れていきます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="176"/>
        <source>Blue: %1 updates of only these two weights (%2 with η = %3 on all %4 training points, on a copy of the network). Nothing else moves, so each step goes downhill on exactly this surface.</source>
        <translation>青: この 2 つの重みだけを %1 回更新した道筋（%2、η = %3、%4 個の訓練データすべて、ネットワークのコピー上）。ほかは何も動かないので、どのステップもまさにこの面を下ります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="182"/>
        <source>The loss became infinite: the path diverged and stopped.</source>
        <translation>損失が無限大になりました。道筋は発散して止まりました。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_contours.py" line="184"/>
        <source>Computed at step %1; the network is now at step %2: press “Compute again”.</source>
        <translation>ステップ %1 で計算しました。ネットワークは今ステップ %2 です。「再計算」を押してください。</translation>
    </message>
</context>
<context>
    <name>ControlsBar</name>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="91"/>
        <location filename="../../playground/panels/controls_bar.py" line="173"/>
        <source>Step %1</source>
        <extracomment>Value labels of the big numbers, with their caption&apos;s English text.</extracomment>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="94"/>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="130"/>
        <source>Reset the network</source>
        <translation>ネットワークをリセット</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="132"/>
        <source>Reset: start again from new random weights; the data stays. Training pauses and the epoch counter goes back to 0.</source>
        <translation>リセット: 新しいランダムな重みから学習をやり直します。データはそのままです。学習は一時停止し、エポック数は 0 に戻ります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="167"/>
        <source>How fast to train. &quot;1 epoch per frame&quot; is TensorFlow Playground&apos;s pace; slow speeds let you watch each update; &apos;max&apos; trains as fast as this computer can.</source>
        <translation>学習の速さ。「1 エポック/フレーム」は TensorFlow Playground と同じ速さです。遅くすると更新を 1 回ずつ観察でき、「最大」ではこのコンピュータで出せる最高の速さで学習します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="272"/>
        <source>Start training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="134"/>
        <source>Train one step</source>
        <translation>1 ステップ学習</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="136"/>
        <source>Step: one gradient-descent update, computed on one minibatch of &apos;batch size&apos; training points (W ← W − η ∂L/∂W).</source>
        <translation>ステップ: 「バッチサイズ」個の訓練データからなるミニバッチ 1 つで勾配を求め、勾配法で重みを 1 回更新します（W ← W − η ∂L/∂W）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="138"/>
        <source>Train one epoch</source>
        <translation>1 エポック学習</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="140"/>
        <source>Epoch: keep stepping until every training point has been used once (training set size ÷ batch size steps).</source>
        <translation>エポック: すべての訓練データを 1 回ずつ使い終わるまでステップを繰り返します（訓練データ数 ÷ バッチサイズ 回）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="145"/>
        <source>Epochs completed: one epoch = every training point seen once.</source>
        <translation>終わったエポックの数。1 エポック = すべての訓練データを 1 回ずつ使うこと。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="146"/>
        <source>Minibatch steps (weight updates) since the last reset.</source>
        <translation>前回のリセットからのミニバッチのステップ数（重みを更新した回数）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="147"/>
        <source>Measured training speed.</source>
        <translation>実測した学習の速さ。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="143"/>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="149"/>
        <source>Training loss</source>
        <translation>訓練の損失</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="150"/>
        <source>Loss on the training points: what gradient descent makes smaller.</source>
        <translation>訓練データに対する損失関数の値。勾配法はこれを小さくしていきます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="151"/>
        <source>Test loss</source>
        <translation>テストの損失</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="152"/>
        <source>Loss on held-out test points the network never trains on. If it rises while the training loss falls, the network is overfitting.</source>
        <translation>学習に使わないテストデータに対する損失。訓練データの損失が下がっているのにこれが上がるなら、過学習が起きています。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="154"/>
        <source>Training accuracy</source>
        <translation>訓練の認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="155"/>
        <source>Share of training points in the right class.</source>
        <translation>正しいクラスに分類された訓練データの割合。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="156"/>
        <source>Test accuracy</source>
        <translation>テストの認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="157"/>
        <source>Share of test points in the right class: how well it generalises.</source>
        <translation>正しいクラスに分類されたテストデータの割合。汎化性能（未知のデータへの強さ）の目安です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="165"/>
        <source>Training speed</source>
        <translation>学習の速さ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="304"/>
        <source>Speed: %1</source>
        <translation>速さ: %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="269"/>
        <source>Pause training</source>
        <translation>学習を一時停止</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="270"/>
        <source>Pause: stop training; the weights are kept.</source>
        <translation>一時停止: 学習を止めます。重みはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="274"/>
        <source>Play: train continuously, one minibatch step after another.</source>
        <translation>再生: ミニバッチ 1 つずつのステップを次々に続けて学習します。</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="164"/>
        <source>Data</source>
        <extracomment>Slider granularity in percent (TensorFlow Playground&apos;s noise step).</extracomment>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="166"/>
        <source>Number of classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="167"/>
        <location filename="../../playground/panels/data_panel.py" line="173"/>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="169"/>
        <source>Batch size: how many training points each gradient step averages over. Small batches give noisy, cheap steps; large ones smooth but slow steps. Changing it keeps the network.</source>
        <translation>バッチサイズ: 勾配法の 1 ステップで平均をとる訓練データの数。小さいと軽いがばらつきの大きいステップに、大きいと滑らかだが重いステップになります。変更してもネットワークはそのままです。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="172"/>
        <source>Classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="175"/>
        <source>Ratio of training to test data</source>
        <translation>訓練データとテストデータの比率</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="176"/>
        <source>Share of the points used for training; the rest are test points the network never learns from, to show how well it generalises.</source>
        <translation>学習に使う点の割合。残りはネットワークが学習に使わないテストデータで、汎化性能（未知のデータへの強さ）を確かめるのに使います。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="178"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="179"/>
        <source>Noise: blurs the data (flips labels near the boundary, or jitters points). A perfect fit to noisy data is overfitting.</source>
        <translation>ノイズ: データをぼかします（境界近くのラベルを入れ替えたり、点の位置を揺らしたりします）。ノイズを含むデータに完璧に合わせるのは過学習です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="187"/>
        <source>Data seed</source>
        <translation>データの乱数シード</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="189"/>
        <source>Seed of the random points: the same seed gives the same points, so a session can be reproduced. Changing it draws new data for the same network; Regenerate picks the next seed.</source>
        <translation>ランダムな点を作る乱数シード。同じシードからは同じ点が作られるので、同じ状況を再現できます。変更すると、ネットワークはそのままで新しいデータを作ります。「再生成」は次のシードを選びます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="192"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="194"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="195"/>
        <source>Regenerate data</source>
        <translation>データを再生成</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="197"/>
        <source>Draw a new sample of the same dataset: picks the next seed. The network keeps its weights, so you can see whether what it learned carries over.</source>
        <translation>同じデータセットから新しいサンプルを作ります（次のシードを選びます）。ネットワークの重みはそのままなので、学習した内容が新しいデータにも通用するかを確かめられます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="290"/>
        <source>Number of classes (colours) in this dataset, 2 to %1. The output layer gets one neuron per class; softmax turns their scores into probabilities.</source>
        <translation>このデータセットのクラス（色）の数、2〜%1。出力層にはクラスごとに 1 つのニューロンがあり、ソフトマックス関数がそのスコアを確率に変えます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="294"/>
        <source>Regression predicts a number, not a class.</source>
        <translation>回帰ではクラスではなく数値を予測します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="296"/>
        <source>This dataset has two classes. Pick a multiclass dataset (Spiral, Blobs) to choose more.</source>
        <translation>このデータセットは 2 クラスです。クラスを増やすには多クラスのデータセット（渦巻き、点の塊）を選んでください。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="314"/>
        <source>Noise: %1 %</source>
        <translation>ノイズ: %1 %</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="315"/>
        <source>Training data: %1 %</source>
        <translation>訓練データ: %1 %</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <location filename="../../playground/panels/dataset_picker.py" line="123"/>
        <source>Dataset</source>
        <extracomment>Picker columns: four 50-px buttons fit the 220-px narrowest column.</extracomment>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../playground/panels/dataset_picker.py" line="124"/>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../playground/panels/dataset_picker.py" line="125"/>
        <source>Regression</source>
        <translation>回帰</translation>
    </message>
    <message>
        <location filename="../../playground/panels/dataset_picker.py" line="125"/>
        <source>Logic gates</source>
        <translation>論理ゲート</translation>
    </message>
    <message>
        <location filename="../../playground/panels/dataset_picker.py" line="136"/>
        <source>Dataset: %1</source>
        <translation>データセット: %1</translation>
    </message>
</context>
<context>
    <name>DescentView</name>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="184"/>
        <source>The loss along this weight could not be computed.</source>
        <extracomment>The η slider: log10(η) × 10 from 1e−4 to 100. η typed here must lie in (0, MAX_RATE].</extracomment>
        <translation>この重みに沿った損失は計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="225"/>
        <location filename="../../playground/views/descent/descent_view.py" line="302"/>
        <source>loss L</source>
        <translation>損失 L</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="254"/>
        <source>η must be a number above 0 and at most %1.</source>
        <translation>η は 0 より大きく %1 以下の数にしてください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="284"/>
        <source>Weight:</source>
        <translation>重み:</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="285"/>
        <source>Weight or bias to look along</source>
        <translation>調べる重みまたはバイアス</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="286"/>
        <source>Second weight (contours):</source>
        <translation>2 つ目の重み（等高線）:</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="287"/>
        <source>Second weight for contour lines</source>
        <translation>等高線用の 2 つ目の重み</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="288"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="290"/>
        <source>Row i: the neuron the weight comes from</source>
        <translation>行 i: 重みが出ているニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="291"/>
        <source>Column j: the neuron the weight goes to</source>
        <translation>列 j: 重みが入るニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="292"/>
        <location filename="../../playground/views/descent/descent_view.py" line="296"/>
        <source>Learning rate η to try</source>
        <translation>試す学習率 η</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="294"/>
        <source>Try another learning rate η here: the arrow shows the step it would give. Training keeps the app&apos;s learning rate.</source>
        <translation>ここで別の学習率 η を試せます。矢印がその η でのステップを示します。学習そのものはアプリの学習率のままです。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="300"/>
        <source>Loss along the selected weight</source>
        <translation>選んだ重みに沿った損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="309"/>
        <source>The weight (or bias) whose loss curve is drawn. Clicking an edge or a neuron on the network diagram chooses it too.</source>
        <translation>損失の曲線を描く重み（またはバイアス）。ネットワーク図の線やニューロンをクリックしても選べます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="311"/>
        <source>Choose a second weight to see contour lines of the loss over both.</source>
        <translation>2 つ目の重みを選ぶと、2 つに対する損失の等高線が見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="319"/>
        <source>the app&apos;s learning rate (%1)</source>
        <translation>学習中の学習率（%1）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="322"/>
        <source>Use the learning rate η that training uses; untick to try others here.</source>
        <translation>学習で使っている学習率 η を使います。外すとここで別の値を試せます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="327"/>
        <source>Select a weight or a neuron on the network diagram.</source>
        <translation>ネットワーク図で重みかニューロンを選んでください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_view.py" line="331"/>
        <source>Computing the loss along %1…</source>
        <translation>%1 に沿った損失を計算しています…</translation>
    </message>
</context>
<context>
    <name>DescentWords</name>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="38"/>
        <source>cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="39"/>
        <source>mean squared error</source>
        <translation>平均二乗誤差</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="41"/>
        <source>plus the L2 penalty ½λΣW² (λ = %1)</source>
        <translation>L2 ペナルティ ½λΣW²（λ = %1）を加えたもの</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="43"/>
        <source>plus the L1 penalty λΣ|W| (λ = %1)</source>
        <translation>L1 ペナルティ λΣ|W|（λ = %1）を加えたもの</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="45"/>
        <source>no weight penalty</source>
        <translation>重みのペナルティなし</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="46"/>
        <source>%1 on all %2 training points, %3</source>
        <translation>%2 個の訓練データすべてでの%1、%3</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="49"/>
        <source> (dropout: one fixed mask)</source>
        <translation>（Dropout: 固定したマスク 1 つ）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="51"/>
        <source> (batch norm: statistics of these points)</source>
        <translation>（Batch Normalization: これらの点の統計量）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="56"/>
        <source>The loss L along %1 (%2), every other weight fixed at its current value: a slice at step %3. L = %4. The tangent&apos;s slope is ∂L/∂w of this same L.</source>
        <translation>%1（%2）に沿った損失 L。ほかの重みはすべて現在の値に固定した、ステップ %3 での断面です。L = %4。接線の傾きは、この同じ L の ∂L/∂w です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="66"/>
        <source>%1: Δw = −η·∂L/∂w = −%2 × %3</source>
        <translation>%1: Δw = −η·∂L/∂w = −%2 × %3</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="67"/>
        <source>%1: v ← α·v − η·∂L/∂w, then Δw = v (α = %2, v before = %3)</source>
        <translation>%1: v ← α·v − η·∂L/∂w、そして Δw = v（α = %2、更新前の v = %3）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="68"/>
        <source>%1: v ← α·v − η·∂L/∂w, then Δw = α²·v − (1 + α)·η·∂L/∂w (α = %2, v before = %3)</source>
        <translation>%1: v ← α·v − η·∂L/∂w、そして Δw = α²·v − (1 + α)·η·∂L/∂w（α = %2、更新前の v = %3）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="70"/>
        <source>%1: h ← h + (∂L/∂w)², then Δw = −η·∂L/∂w / (√h + ε) (h before = %2)</source>
        <translation>%1: h ← h + (∂L/∂w)²、そして Δw = −η·∂L/∂w / (√h + ε)（更新前の h = %2）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="72"/>
        <source>%1: h ← ρ·h + (1 − ρ)·(∂L/∂w)², then Δw = −η·∂L/∂w / (√h + ε) (ρ = %2, h before = %3)</source>
        <translation>%1: h ← ρ·h + (1 − ρ)·(∂L/∂w)²、そして Δw = −η·∂L/∂w / (√h + ε)（ρ = %2、更新前の h = %3）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="74"/>
        <source>%1: m ← m + (1 − β₁)(∂L/∂w − m), v ← v + (1 − β₂)((∂L/∂w)² − v), then Δw = −η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε) (t = %2, m before = %3, v before = %4)</source>
        <translation>%1: m ← m + (1 − β₁)(∂L/∂w − m)、v ← v + (1 − β₂)((∂L/∂w)² − v)、そして Δw = −η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε)（t = %2、更新前の m = %3、v = %4）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="94"/>
        <source>The step lands where the loss is no longer a number: it diverges. Make η smaller.</source>
        <translation>行き先では損失がもう数になりません（発散）。η を小さくしてください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="97"/>
        <source>The step is 0: the slope is 0 here.</source>
        <translation>ステップは 0 です。ここでは傾きが 0 です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="100"/>
        <source>This step goes uphill along this weight (%1): the optimizer&apos;s memory of earlier gradients outweighs the slope here.</source>
        <translation>この重みに沿って坂を上るステップです（%1）。最適化手法が覚えている過去の勾配が、ここでの傾きより強く効いています。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="103"/>
        <source>Overshoot: the step jumps past the bottom of the valley and the loss rises (%1). Steps like this blow up (diverge): make η smaller.</source>
        <translation>行き過ぎ: 谷底を飛び越えて損失が増えます（%1）。これが続くと発散します。η を小さくしてください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="106"/>
        <source>Overshoot, but downhill: the step passes the lowest point along this weight and still lands lower (%1).</source>
        <translation>行き過ぎ（でも下り）: この重みに沿った最低点を越えますが、着地点は元より低いです（%1）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="109"/>
        <source>Undershoot: the loss falls (%1) and the slope still points the same way; a larger η would get further in one step.</source>
        <translation>届かない: 損失は下がり（%1）、傾きは同じ向き。η を大きくすれば一度にもっと進めます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="114"/>
        <source>(The arrow is too short to see at this scale.)</source>
        <translation>（矢印はこの縮尺では短すぎて見えません。）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="121"/>
        <source>w = %1, L = %2, ∂L/∂w = %3 (slope of the tangent)</source>
        <translation>w = %1、L = %2、∂L/∂w = %3（接線の傾き）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/descent_words.py" line="124"/>
        <source>Next step: Δw = %1 with η = %2, to w = %3, where L = %4.</source>
        <translation>次のステップ: η = %2 で Δw = %1、w = %3 へ。そこでの L = %4。</translation>
    </message>
</context>
<context>
    <name>DiagramGradients</name>
    <message>
        <location filename="../../playground/views/diagram/diagram_gradients.py" line="211"/>
        <source>Backward pass, right to left (click or Esc to skip)</source>
        <extracomment>How long the backward pass takes to travel across the diagram after a Step. Networks with more weights get their gradients only while training pauses.</extracomment>
        <translation>逆伝播: 右から左へ（クリックか Esc で省略）</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="57"/>
        <source>∂L/∂w for the picked point</source>
        <translation>選んだ点の ∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="59"/>
        <source>∂L/∂w of the last minibatch (step %1)</source>
        <translation>直前のミニバッチの ∂L/∂w（ステップ %1）</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="62"/>
        <source>%1 +, %2 −, largest %3</source>
        <translation>%1 +、%2 −、最大 %3</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="68"/>
        <location filename="../../playground/views/diagram/gradient_words.py" line="80"/>
        <source>penalty not included</source>
        <translation>ペナルティは含まず</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="71"/>
        <source>blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="72"/>
        <source>orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="73"/>
        <source>%1 +, %2 −, width ∝ |∂L/∂w|, largest %3; frames: ∂L/∂a</source>
        <translation>%1 +、%2 −、太さ ∝ |∂L/∂w|、最大 %3。枠: ∂L/∂a</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="88"/>
        <source>Each connection shows ∂L/∂w for the picked point alone, at the weights now: the loss of that point, L, changes by about ∂L/∂w for each unit w grows. Each neuron&apos;s frame shows δ = ∂L/∂a.</source>
        <translation>各結合は、選んだ点だけについての現在の重みでの ∂L/∂w を示します。w が 1 増えると、その点の損失 L はおよそ ∂L/∂w だけ変わります。各ニューロンの枠は δ = ∂L/∂a を示します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="93"/>
        <source>Each connection shows ∂L/∂w of the last training step: the mean over its minibatch of %1 points, at the weights the step started from, so exactly the gradient the step used. Each neuron&apos;s frame shows ∂L/∂a summed over the minibatch (= ∂L/∂b).</source>
        <translation>各結合は、直前の学習ステップの ∂L/∂w を示します。%1 点のミニバッチの平均を、そのステップが始まったときの重みで計算したもので、ステップが実際に使った勾配そのものです。各ニューロンの枠は、ミニバッチ全体で合計した ∂L/∂a（= ∂L/∂b）を示します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="98"/>
        <source>Width grows with |∂L/∂w| on one scale for the whole network: thin edges on the left mean the gradient shrinks on its way back.</source>
        <translation>線の太さはネットワーク全体で共通の目盛りで |∂L/∂w| に比例します。左側の線が細いのは、勾配が逆向きに伝わる途中で小さくなっているということです。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="102"/>
        <source>The L2 penalty&apos;s gradient λ·w is not included; the optimizer adds it (point at a connection to see its update).</source>
        <translation>L2 ペナルティの勾配 λ·w は含みません。最適化手法が更新のときに足します（結合にマウスを重ねると更新が見られます）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="106"/>
        <source>The L1 penalty&apos;s gradient λ·sign(w) is not included; the optimizer adds it (point at a connection to see its update).</source>
        <translation>L1 ペナルティの勾配 λ·sign(w) は含みません。最適化手法が更新のときに足します（結合にマウスを重ねると更新が見られます）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="110"/>
        <source>“sat” (saturated) and “dead” neurons barely learn: point at one to read why.</source>
        <translation>「飽和」や「死」の印が付いたニューロンはほとんど学習しません。マウスを重ねると理由が表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="119"/>
        <source>No step yet: press Step to see the gradient of a minibatch, or show the gradients for the picked point.</source>
        <translation>まだステップがありません。ステップボタンを押すとミニバッチの勾配が見られます。または、選んだ点の勾配を表示してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="123"/>
        <source>This location has no target yet: choose its class (in the neuron inspector) to get a loss and its gradient.</source>
        <translation>この位置にはまだ正解がありません。（ニューロンの詳細で）クラスを選ぶと、損失とその勾配が求まります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="127"/>
        <source>Pick a point on the plane (Pick tool) to see its gradients here.</source>
        <translation>平面上の点を選ぶと（選択ツール）、その勾配がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="131"/>
        <source>For a network this big the gradients are computed while training pauses: press Step to see those of the next step.</source>
        <translation>これほど大きなネットワークでは、勾配は学習を一時停止している間だけ計算します。ステップボタンを押すと、次のステップの勾配が見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="147"/>
        <source>(prediction − target)</source>
        <translation>（予測 − 正解）</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="151"/>
        <source>(error from the right × slope)</source>
        <translation>（右から来た誤差 × 傾き）</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="158"/>
        <source>At the output, softmax with cross-entropy (or the identity with squared error) gives δ = y − t: the prediction minus the target.</source>
        <translation>出力層では、ソフトマックス関数と交差エントロピー誤差（または恒等関数と二乗和誤差）の組み合わせで δ = y − t、つまり予測から正解を引いたものになります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="161"/>
        <source>Chain rule: δ = ∂L/∂a is the error arriving from the right, ∂L/∂y = Σ w·δ over the next layer, times this neuron&apos;s own slope h′(a), its local derivative. ∂L/∂w = δ · x then multiplies in the input the weight carries.</source>
        <translation>連鎖律: δ = ∂L/∂a は、右から来た誤差 ∂L/∂y = Σ w·δ（次の層について合計）に、このニューロン自身の傾き h′(a)（局所的な微分）を掛けたものです。∂L/∂w = δ · x は、さらにその重みが運ぶ入力を掛けます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="170"/>
        <source>∂L/∂b = Σ δ over the %1 points of the last minibatch = %2</source>
        <translation>∂L/∂b = Σ δ（直前のミニバッチ %1 点の合計）= %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="173"/>
        <source>∂L/∂w = Σ δ·x over the %1 points of the last minibatch = %2</source>
        <translation>∂L/∂w = Σ δ·x（直前のミニバッチ %1 点の合計）= %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="182"/>
        <source>Last step (%1, step %2): Δ%3 = %3 now − %3 before = %4 − %5 = %6</source>
        <translation>直前のステップ（%1、ステップ %2）: Δ%3 = 現在の %3 − 更新前の %3 = %4 − %5 = %6</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="193"/>
        <source>Changed by hand (or a setting) since that step: the step itself moved it by %1.</source>
        <translation>このステップの後に手で（または設定の変更で）変わっています。ステップ自体による変化は %1 です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="212"/>
        <source>(velocity)</source>
        <translation>（速度）</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="222"/>
        <source>(sum of squared gradients)</source>
        <translation>（勾配の 2 乗の和）</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="228"/>
        <source>(moving average of squared gradients)</source>
        <translation>（勾配の 2 乗の移動平均）</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="234"/>
        <source>(bias correction, t = %1)</source>
        <translation>（バイアス補正、t = %1）</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="252"/>
        <source>dead</source>
        <translation>死</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="253"/>
        <source>sat</source>
        <translation>飽和</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="259"/>
        <source>Dead ReLU: a ≤ 0 on all %1 training points, so its output and its slope h′(a) are 0 everywhere. δ = ∂L/∂y · h′(a) is 0, no gradient reaches the weights into it, and they stop learning for good.</source>
        <translation>死んだ ReLU: 訓練データ %1 点のすべてで a ≤ 0 なので、出力も傾き h′(a) もどこでも 0 です。δ = ∂L/∂y · h′(a) が 0 になり、このニューロンへの重みには勾配が届かず、もう学習しません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="265"/>
        <source>for the picked point</source>
        <translation>選んだ点で</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="267"/>
        <source>on every point of the last minibatch</source>
        <translation>直前のミニバッチのすべての点で</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="269"/>
        <source>Saturated %1: its %2 sits near the end of its range, where the slope h′(a) is below 1 % of its largest. δ = ∂L/∂y · h′(a) is then almost 0 whatever error arrives from the right: the slope, not the error, stops the weights into it from learning.</source>
        <translation>%1飽和: %2 の出力が値域の端に張り付き、傾き h′(a) が最大値の 1 % 未満です。すると右からどんな誤差が来ても δ = ∂L/∂y · h′(a) はほぼ 0 です。このニューロンへの重みの学習を止めているのは、誤差ではなく傾きです。</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="283"/>
        <source>∂L/∂a summed over the minibatch = ∂L/∂b = %1</source>
        <translation>ミニバッチで合計した ∂L/∂a = ∂L/∂b = %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="297"/>
        <source>∂L/∂w = %1 for the picked point</source>
        <translation>選んだ点の ∂L/∂w = %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="299"/>
        <source>∂L/∂w = %1 on the last minibatch</source>
        <translation>直前のミニバッチの ∂L/∂w = %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/gradient_words.py" line="319"/>
        <source>Show the gradients for the picked point to see one δ·x split into its factors.</source>
        <translation>選んだ点の勾配を表示すると、1 つの δ·x を因数に分けて見られます。</translation>
    </message>
</context>
<context>
    <name>DiagramValues</name>
    <message>
        <location filename="../../playground/views/diagram/diagram_values.py" line="78"/>
        <source>Pick a point on the plane (Pick tool) to see its values here.</source>
        <extracomment>Where along an edge (0 = its source) its number may sit, in order of preference: the first place that covers no node, no value and no other number wins. What the last paint wrote: ``{&quot;nodes&quot;: {(l, i): text}, &quot;edges&quot;: {(l, i, j): text}}``.</extracomment>
        <translation>平面上の点を選ぶと（選択ツール）、その値がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>ExpressionField</name>
    <message>
        <location filename="../../playground/views/graph/graph_expression.py" line="110"/>
        <source>Column %1: %2</source>
        <extracomment>What the field holds at first: the deck&apos;s chain-rule example with numbers. Typing pauses this long before the text is read again.</extracomment>
        <translation>%1 文字目: %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_expression.py" line="131"/>
        <source>Your expression:</source>
        <translation>式:</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_expression.py" line="132"/>
        <source>Your expression</source>
        <translation>式</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_expression.py" line="133"/>
        <source>inputs and values, a colon, the expression</source>
        <translation>入力とその値、コロン、式</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_expression.py" line="135"/>
        <source>Name the inputs and give their values, then a colon and the expression, e.g. x=3, y=2: (x+y)^2. Allowed: numbers, + − × ÷ (or * /), ^ with a constant power, exp, log, tanh, sigmoid, relu and parentheses.</source>
        <translation>入力の名前と値を書き、コロンのあとに式を書きます。例: x=3, y=2: (x+y)^2。使えるもの: 数、+ − × ÷（* / でも可）、定数のべき ^、exp、log、tanh、sigmoid、relu、かっこ。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_expression.py" line="138"/>
        <source>e.g. x=3, y=2: (x+y)^2  ·  a=2, b=-3: tanh(a*b + 1)  ·  x=0.5: sigmoid(x) * exp(-x)</source>
        <translation>例: x=3, y=2: (x+y)^2  ·  a=2, b=-3: tanh(a*b + 1)  ·  x=0.5: sigmoid(x) * exp(-x)</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_expression.py" line="140"/>
        <source>Where the problem is</source>
        <translation>問題の箇所</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_expression.py" line="141"/>
        <source>The problem</source>
        <translation>問題の内容</translation>
    </message>
</context>
<context>
    <name>FeaturesPanel</name>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="93"/>
        <source>Features</source>
        <extracomment>Where each toggle sits (row, column): pairs side by side, the product last.</extracomment>
        <translation>特徴量</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="96"/>
        <source>Which properties do you want to feed in?</source>
        <translation>どの特徴量を入力しますか？</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="100"/>
        <source>Input feature %1</source>
        <translation>入力の特徴量 %1</translation>
    </message>
</context>
<context>
    <name>GradcheckView</name>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="127"/>
        <source>The check could not be run.</source>
        <extracomment>Text and background of a passing and of a failing row&apos;s verdict.</extracomment>
        <translation>チェックを実行できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="147"/>
        <source>Run the check</source>
        <translation>チェックを実行</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="149"/>
        <source>Compare the numerical gradient with backpropagation on the current network.</source>
        <translation>現在のネットワークで、数値微分による勾配と誤差逆伝播法による勾配を比べます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="150"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="151"/>
        <source>Stop the check that is running.</source>
        <translation>実行中のチェックを止めます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="152"/>
        <source>Progress of the gradient check</source>
        <translation>勾配確認の進み具合</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="153"/>
        <source>%v of %m weights</source>
        <translation>%m 個中 %v 個の重み</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="154"/>
        <source>Gradient check per parameter tensor</source>
        <translation>パラメータのテンソルごとの勾配確認</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="156"/>
        <source>Tensor</source>
        <translation>テンソル</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="156"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="156"/>
        <source>Checked</source>
        <translation>確認数</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="156"/>
        <source>Worst entry</source>
        <translation>差が最大の要素</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="157"/>
        <source>Numerical</source>
        <translation>数値微分の勾配</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="157"/>
        <source>Backprop</source>
        <translation>逆伝播の勾配</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="157"/>
        <source>Relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="158"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="160"/>
        <source>The numerical gradient (f(w + h) − f(w − h)) / 2h at the worst entry.</source>
        <translation>差が最大の要素での、数値微分による勾配 (f(w + h) − f(w − h)) / 2h。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="162"/>
        <source>The gradient from backpropagation at the same entry.</source>
        <translation>同じ要素での、誤差逆伝播法による勾配。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="164"/>
        <source>The numerical gradient nudges each weight by ±h (h = %1) and measures how the loss changes: two loss evaluations per weight, so it is far too slow for training (backpropagation gets every gradient in one backward pass) but simple enough to trust. The relative error |n − b| / (|n| + |b|) is used because gradients range over many orders of magnitude; a correct backward pass gives about 1e−8 or less, and the check passes at %2 or less. Tensors with more than %3 entries are checked on a random sample of %3. As the book warns: near a ReLU kink (a ≈ 0) the numerical derivative itself is wrong, a false alarm; and with batch norm use more than one point, because with one every gradient before it is exactly 0 and the check passes trivially.</source>
        <translation>数値微分による勾配は、各重みを ±h（h = %1）だけずらして損失の変化を測ります。重み 1 つにつき損失を 2 回計算するので、学習に使うには遅すぎますが（誤差逆伝播法は 1 回の逆伝播ですべての勾配を求めます）、単純なので信頼できます。勾配の大きさは何桁も違うことがあるので、相対誤差 |n − b| / (|n| + |b|) で比べます。正しい逆伝播ならおよそ 1e−8 以下で、%2 以下なら合格です。要素が %3 個を超えるテンソルは、無作為に選んだ %3 個を確認します。本にもあるとおり、ReLU の折れ目（a ≈ 0）の近くでは数値微分そのものが正しくなく、誤った警告になります。また Batch Normalization では 2 点以上で確認してください。1 点だとその手前の勾配がすべてちょうど 0 になり、確認が無意味に合格します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="181"/>
        <source>Press “Run the check” to compare the two gradients.</source>
        <translation>「チェックを実行」を押すと 2 つの勾配を比べます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="182"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="183"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="187"/>
        <source>On the minibatch of the last training step (%1 points), with the weights after step %2.</source>
        <translation>直前の学習ステップのミニバッチ（%1 点）で、ステップ %2 の後の重みを使っています。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="192"/>
        <source>On the first %1 training points (as many as the batch size), with the weights after step %2: the minibatch of the last step is not available.</source>
        <translation>最初の %1 個の訓練データ（バッチサイズと同じ数）で、ステップ %2 の後の重みを使っています。直前のステップのミニバッチは取得できません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="198"/>
        <source>all %1</source>
        <translation>全 %1 個</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="199"/>
        <source>%1 of %2</source>
        <translation>%2 個中 %1 個</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="205"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="205"/>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="232"/>
        <source>All %1 tensors pass: backpropagation agrees with the numerical gradient (largest relative error %2).</source>
        <translation>%1 個のテンソルすべてが合格: 誤差逆伝播法と数値微分による勾配が一致しています（最大の相対誤差 %2）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="235"/>
        <source>%3 of %1 tensors fail (largest relative error %2): backpropagation and the numerical gradient disagree there.</source>
        <translation>%1 個中 %3 個のテンソルが不合格（最大の相対誤差 %2）: そこでは誤差逆伝播法と数値微分による勾配が一致しません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="240"/>
        <source>With ReLU a point near the kink can cause this: run again after a step to see whether it stays.</source>
        <translation>ReLU では折れ目の近くの点が原因のことがあります。1 ステップ進めてからもう一度実行し、残るか確かめてください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradcheck_view.py" line="243"/>
        <source>Careful: one point with batch norm passes trivially.</source>
        <translation>注意: Batch Normalization で 1 点だけだと無意味に合格します。</translation>
    </message>
</context>
<context>
    <name>GradientMethodTab</name>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="106"/>
        <source>η must be a number above 0.</source>
        <extracomment>The rates offered (any other may be typed): the book&apos;s three and a few between. The plane shown around the start. Points beyond this are not drawn (the path leaves the plot there).</extracomment>
        <translation>η は 0 より大きい数にしてください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="135"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="136"/>
        <source>distance to the minimum (log scale)</source>
        <translation>最小点までの距離（対数目盛）</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="139"/>
        <source>Learning rate η:</source>
        <translation>学習率 η:</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="140"/>
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="141"/>
        <source>Pick or type η. The book tries 0.1, 10 and 1e−10.</source>
        <translation>η を選ぶか入力してください。本では 0.1、10、1e−10 を試しています。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="142"/>
        <source>the book&apos;s numerical gradient</source>
        <translation>本と同じ数値微分の勾配</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="144"/>
        <source>Use the book&apos;s numerical differentiation (f(x + h) − f(x − h)) / 2h with h = 10⁻⁴ instead of the exact gradient (2x₀, 2x₁).</source>
        <translation>正確な勾配 (2x₀, 2x₁) の代わりに、本の数値微分 (f(x + h) − f(x − h)) / 2h（h = 10⁻⁴）で求めた勾配を使います。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="147"/>
        <source>f(x₀, x₁) = x₀² + x₁², from (−3, 4): %1 steps of gradient descent x ← x − η·∂f/∂x (the engine&apos;s SGD).</source>
        <translation>f(x₀, x₁) = x₀² + x₁²、(−3, 4) から勾配法 x ← x − η·∂f/∂x を %1 ステップ（エンジンの SGD）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="149"/>
        <source>Path of gradient descent on the plane</source>
        <translation>平面上の勾配法の道筋</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="150"/>
        <source>Distance to the minimum per step</source>
        <translation>ステップごとの最小点までの距離</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="158"/>
        <source>After %1 steps: x = (%2, %3), f(x) = %4.</source>
        <translation>%1 ステップ後: x = (%2, %3)、f(x) = %4。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="163"/>
        <source>it shrinks so slowly that the point barely moves.</source>
        <translation>縮み方がとても遅く、点はほとんど動きません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="165"/>
        <source>it shrinks towards the minimum (0, 0).</source>
        <translation>最小点 (0, 0) に向かって縮みます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="167"/>
        <source>it jumps back and forth for ever.</source>
        <translation>いつまでも行ったり来たりします。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="169"/>
        <source>it grows: gradient descent diverges.</source>
        <translation>大きくなります。勾配法は発散します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="170"/>
        <source>With the exact gradient 2x every step multiplies x by 1 − 2η = %1: </source>
        <translation>正確な勾配 2x では、1 ステップごとに x が 1 − 2η = %1 倍になります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="174"/>
        <source>The numerical gradient: where |x| is about 10¹², f(x ± h) are huge numbers that agree in almost all of their 16 digits, so their difference, which should be 4·x·h, is lost to rounding; the gradient comes out wrong and then 0, and the point stops at the book&apos;s (−2.58e13, −1.29e12) instead of growing to 10¹²⁸.</source>
        <translation>数値微分による勾配では: |x| が 10¹² ほどになると f(x ± h) は 16 桁のほとんどが一致する巨大な数になり、本来 4·x·h になるはずの差が丸め誤差に埋もれます。勾配は誤った値になり、やがて 0 になって、点は 10¹²⁸ まで大きくならずに本と同じ (−2.58e13, −1.29e12) で止まります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/gradient_method_tab.py" line="181"/>
        <source>Here the numerical gradient agrees with 2x to many digits, so the path is the same.</source>
        <translation>ここでは数値微分による勾配が 2x と多くの桁で一致するので、道筋は同じです。</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="41"/>
        <source>Buying apples: 2 × 100 yen, tax 1.1</source>
        <extracomment>The graphs the combo offers: key and English name (context &quot;GraphView&quot;).</extracomment>
        <translation>りんごの買い物: 100 円 × 2 個、消費税 1.1</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="42"/>
        <source>Apples and oranges: + 3 × 150 yen</source>
        <translation>りんごとみかん: + 150 円 × 3 個</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="43"/>
        <source>Chain rule: z = t², t = x + y</source>
        <translation>連鎖律: z = t²、t = x + y</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="44"/>
        <source>Your own expression</source>
        <translation>自分で書いた式</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="45"/>
        <source>The network for the picked point: layers</source>
        <translation>選んだ点のネットワーク: 層ごと</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="46"/>
        <source>The network for the picked point: every multiply and add</source>
        <translation>選んだ点のネットワーク: 掛け算と足し算ごと</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="51"/>
        <source>apple</source>
        <extracomment>The book&apos;s node names, translated when shown.</extracomment>
        <translation>りんご</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="51"/>
        <source>apple count</source>
        <translation>りんごの個数</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="52"/>
        <source>apple price</source>
        <translation>りんごの値段</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="52"/>
        <source>orange</source>
        <translation>みかん</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="53"/>
        <source>orange count</source>
        <translation>みかんの個数</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="53"/>
        <source>orange price</source>
        <translation>みかんの値段</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="54"/>
        <source>all price</source>
        <translation>合計金額</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="54"/>
        <source>tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="55"/>
        <source>price</source>
        <translation>支払額</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="191"/>
        <source>The expression has a problem: see the message above.</source>
        <extracomment>Commands of the shortcut table this view answers, and its buttons.</extracomment>
        <translation>式に問題があります。上のメッセージを見てください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="211"/>
        <source>Computational graph:</source>
        <translation>計算グラフ:</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="212"/>
        <source>Which computational graph</source>
        <translation>表示する計算グラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="214"/>
        <source>The book&apos;s examples, an expression of your own, or the network itself for the point picked on the output plane.</source>
        <translation>本の例、自分で書いた式、または出力の平面で選んだ点についてのネットワークそのもの。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="219"/>
        <source>Forward ▶</source>
        <translation>順伝播 ▶</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="219"/>
        <source>Forward one node</source>
        <translation>1 ノード順伝播</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="220"/>
        <source>◀ Backward</source>
        <translation>◀ 逆伝播</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="220"/>
        <source>Backward one node</source>
        <translation>1 ノード逆伝播</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="221"/>
        <source>Run all</source>
        <translation>すべて計算</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="221"/>
        <source>Run the forward and backward passes</source>
        <translation>順伝播と逆伝播をすべて計算</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="222"/>
        <source>Reset</source>
        <translation>最初から</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="222"/>
        <source>Back to the start</source>
        <translation>最初に戻る</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="225"/>
        <source>Forward propagation: compute the next node from its inputs (%1).</source>
        <translation>順伝播: 次のノードを入力から計算します（%1）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="227"/>
        <source>Backpropagation: the next node multiplies its gradient by each local derivative and sends the products to its inputs (%1).</source>
        <translation>逆伝播: 次のノードが自分の勾配に各局所的な微分を掛け、その積を入力へ送ります（%1）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="230"/>
        <source>Compute every value and every gradient at once (%1).</source>
        <translation>すべての値と勾配を一度に計算します（%1）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="231"/>
        <source>Forget the computed values and gradients (%1).</source>
        <translation>計算した値と勾配を消して最初に戻ります（%1）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_view.py" line="238"/>
        <location filename="../../playground/views/graph/graph_view.py" line="239"/>
        <source>The computational graph</source>
        <translation>計算グラフ</translation>
    </message>
</context>
<context>
    <name>HyperparamsPanel</name>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="208"/>
        <source>Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too small and the loss falls slowly; too large and it jumps around or blows up to NaN. Changing it keeps the network. Pick a value or type one, e.g. 0.05.</source>
        <extracomment>λ set when regularisation is switched on while the rate is still 0. Combo of each catalogue-backed setting: (objectName, catalogue kind, offered keys).</extracomment>
        <translation>学習率 η: 勾配法で 1 回に進む大きさ（W ← W − η·∂L/∂W）。小さすぎると損失はゆっくりとしか下がらず、大きすぎると跳ね回ったり NaN に発散したりします。変更してもネットワークはそのままです。値を選ぶか、0.05 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="225"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="212"/>
        <source>Optimizer: how each gradient is turned into a weight update. Plain SGD steps straight downhill; the others remember past gradients or scale each step.</source>
        <translation>最適化手法: 勾配から重みの更新量をどう決めるか。素の SGD は坂をまっすぐ下り、ほかの手法は過去の勾配を覚えていたり、一歩ごとの大きさを調整したりします。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="225"/>
        <source>Regularization</source>
        <translation>正則化</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="215"/>
        <source>Regularization: adds a penalty for large weights to the loss, which discourages over-complicated boundaries (overfitting). Biases are not penalised.</source>
        <translation>正則化: 大きな重みへのペナルティを損失に加え、複雑すぎる境界（過学習）を抑えます。バイアスにはペナルティをかけません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="218"/>
        <source>Regularization rate λ: how strongly large weights are penalised. 0 turns the penalty off; too large and every weight is squeezed toward 0 (underfitting).</source>
        <translation>正則化の強さ λ: 大きな重みにどれだけ強くペナルティをかけるか。0 ならペナルティなし、大きすぎるとすべての重みが 0 に押しつぶされます（学習不足）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="221"/>
        <source>Initial random weights, used at every reset. Xavier (std √(1/n)) suits tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all neurons start nearly alike. Changing it resets the network.</source>
        <translation>リセットのたびに使うランダムな重みの初期値。Xavier（標準偏差 √(1/n)）は tanh と sigmoid に、He（標準偏差 √(2/n)）は ReLU に向いています。小さな固定の標準偏差では、すべてのニューロンがほぼ同じ状態から始まります。変更するとネットワークはリセットされます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="225"/>
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="226"/>
        <source>Regularization rate λ</source>
        <translation>正則化の強さ λ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="226"/>
        <source>Initialization</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="244"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="247"/>
        <source>regularization rate</source>
        <translation>正則化の強さ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="254"/>
        <source>The %1 must be a number, like 0.03; got “%2”.</source>
        <translation>%1は 0.03 のような数値で入力してください（入力された値:「%2」）。</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <location filename="../../playground/panels/input_panel.py" line="60"/>
        <source>Data and features</source>
        <translation>データと特徴量</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="115"/>
        <location filename="../../playground/views/inspect/inspector_view.py" line="134"/>
        <location filename="../../playground/views/inspect/inspector_view.py" line="137"/>
        <location filename="../../playground/views/inspect/inspector_view.py" line="140"/>
        <location filename="../../playground/views/inspect/inspector_view.py" line="144"/>
        <source>Neuron inspector</source>
        <translation>ニューロンの詳細</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="116"/>
        <source>input from</source>
        <translation>入力元</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="116"/>
        <source>input x</source>
        <translation>入力 x</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="116"/>
        <source>weight w</source>
        <translation>重み w</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="117"/>
        <source>x · w</source>
        <translation>x · w</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="119"/>
        <source>Each input x is the output of a neuron of the previous layer for the picked point. Click its name to inspect that neuron.</source>
        <translation>各入力 x は、選んだ点に対する前の層のニューロンの出力です。名前をクリックすると、そのニューロンを詳しく見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="138"/>
        <source>These numbers could not be computed.</source>
        <translation>これらの値を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="140"/>
        <source>Working it out…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="141"/>
        <source>after step %1</source>
        <translation>ステップ %1 の後</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="145"/>
        <source>Select a neuron: click it on the network diagram. Its weighted sum a and its output y for the picked point appear here.</source>
        <translation>ニューロンを選んでください（ネットワークの図でクリックします）。選んだ点に対するそのニューロンの重み付き和 a と出力 y がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="175"/>
        <source>%1 = %2 for this point (%3). An input has no weights of its own: it passes its value to every neuron of the next layer, which multiplies it by its weight w.</source>
        <translation>この点では %1 = %2 です（%3）。入力には自分の重みがありません。値を次の層のすべてのニューロンに渡し、各ニューロンがそれに重み w をかけます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="182"/>
        <source>Batch normalisation is on: it uses the running mean and variance here (evaluation mode), as predictions do.</source>
        <translation>Batch Normalization がオンです。予測のときと同じく、ここでは学習中に蓄積した平均と分散を使います（推論モード）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="185"/>
        <source>Dropout is on: it switches neurons off only while training; these are evaluation-mode values, every neuron on.</source>
        <translation>Dropout がオンです。ニューロンを消すのは学習中だけなので、ここに示すのはすべてのニューロンを使う推論モードの値です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="196"/>
        <source>1. Weighted sum of the inputs: a = %1 + b</source>
        <translation>1. 入力の重み付き和: a = %1 + b</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="206"/>
        <source>… and %1 more terms</source>
        <translation>… ほか %1 項</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="209"/>
        <source>bias b</source>
        <translation>バイアス b</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="210"/>
        <source>a (the sum)</source>
        <translation>a（和）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="226"/>
        <source>Batch normalisation: z = γ·(a − μ) / √(σ² + ε) + β</source>
        <translation>Batch Normalization: z = γ·(a − μ) / √(σ² + ε) + β</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="236"/>
        <source>2. Output: softmax function y = exp(a) / Σ exp(aᵢ)</source>
        <translation>2. 出力: ソフトマックス関数 y = exp(a) / Σ exp(aᵢ)</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="241"/>
        <source>Softmax uses every output&apos;s score; the largest score is subtracted first so that exp cannot overflow (it cancels out). The curve is y of this class as its own score a changes, the other scores held fixed. The Softmax and loss view shows every step.</source>
        <translation>ソフトマックス関数はすべての出力のスコアを使います。exp があふれないよう、先に最大のスコアを引いておきます（結果は変わりません）。曲線は、ほかのスコアを固定して、このクラス自身のスコア a を変えたときの y です。すべての手順は「ソフトマックス関数と損失」のビューで見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="245"/>
        <source>a (other scores fixed)</source>
        <translation>a（ほかのスコアは固定）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="248"/>
        <source>2. Output: identity function y = a</source>
        <translation>2. 出力: 恒等関数 y = a</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="250"/>
        <source>A regression output passes its weighted sum through unchanged: the prediction is a itself.</source>
        <translation>回帰の出力は重み付き和をそのまま出力します。予測値は a そのものです。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="256"/>
        <source>2. Activation function h: y = h(%1)</source>
        <translation>2. 活性化関数 h: y = h(%1)</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="261"/>
        <source>%1 is this layer&apos;s activation function.</source>
        <translation>%1 がこの層の活性化関数です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="278"/>
        <source>Input %1</source>
        <translation>入力 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="281"/>
        <source>Output neuron of class %1</source>
        <translation>クラス %1 の出力ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="282"/>
        <source>Output neuron (predicted value)</source>
        <translation>出力ニューロン（予測値）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="283"/>
        <source>Hidden layer %1, neuron %2</source>
        <translation>中間層 %1、ニューロン %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/inspector_view.py" line="291"/>
        <source>layer %1, neuron %2</source>
        <translation>層 %1、ニューロン %2</translation>
    </message>
</context>
<context>
    <name>LayerSummaryView</name>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="71"/>
        <source>These numbers could not be computed.</source>
        <translation>これらの値を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="74"/>
        <source>Data run through the network:</source>
        <translation>ネットワークに通すデータ:</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="75"/>
        <source>training points</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="76"/>
        <source>test points</source>
        <translation>テストデータ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="77"/>
        <source>Which points</source>
        <translation>使うデータ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="79"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="79"/>
        <source>W shape</source>
        <translation>W の形</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="79"/>
        <source>Parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="79"/>
        <source>Mean |w|</source>
        <translation>|w| の平均</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="80"/>
        <source>Mean |y| (stuck neurons)</source>
        <translation>|y| の平均（固まったニューロン）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="82"/>
        <source>A stuck neuron gives a flat output on every point (tanh or sigmoid saturated, ReLU dead): its gradient is zero, so its weights stop learning.</source>
        <translation>固まったニューロンは、どの点にも同じ値を出力します（tanh やシグモイド関数が飽和している、ReLU が死んでいる）。勾配が 0 なので、その重みはもう学習しません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="93"/>
        <source>output</source>
        <translation>出力層</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/layer_summary_view.py" line="93"/>
        <source>hidden %1</source>
        <translation>中間層 %1</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="170"/>
        <source>Open a lesson file</source>
        <translation>レッスンファイルを開く</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="171"/>
        <source>Lesson files (*.json)</source>
        <translation>レッスンファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="194"/>
        <source>Choose a lesson…</source>
        <translation>レッスンを選んでください…</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="204"/>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="363"/>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="206"/>
        <source>Short guided lessons on the ideas of 「ゼロから作るDeep Learning」: each step says what to do and what to look at, and ticks itself when you have done it. Choose a lesson above, or start with lesson 1.</source>
        <translation>「ゼロから作るDeep Learning」の考え方をたどる短いガイド付きレッスンです。各ステップには、やることと見るところが書いてあり、できたら自動でチェックが付きます。上でレッスンを選ぶか、レッスン 1 から始めてください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="213"/>
        <source>Lesson %1 · %2</source>
        <translation>レッスン %1 · %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="225"/>
        <source>✓ Well done!</source>
        <translation>✓ よくできました！</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="226"/>
        <source>Next: lesson %1 · %2</source>
        <translation>次は: レッスン %1 · %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="228"/>
        <source>That was the last lesson. Choose any lesson above to go through it again.</source>
        <translation>これが最後のレッスンです。上でレッスンを選ぶと、もう一度取り組めます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="237"/>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="305"/>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="239"/>
        <source>Do</source>
        <translation>やること</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="241"/>
        <source>Look</source>
        <translation>見るところ</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="257"/>
        <source>The control this step points at is not in this window (%1).</source>
        <translation>このステップが指している操作部品は、このウィンドウにありません（%1）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="260"/>
        <source>The control this step points at is hidden with these settings.</source>
        <translation>このステップが指している操作部品は、今の設定では隠れています。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="263"/>
        <source>The %1 view was closed: it is shown again.</source>
        <translation>「%1」ビューが閉じていたので、もう一度表示しました。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="267"/>
        <source>Not in this version yet: %1. The steps work without it.</source>
        <translation>このバージョンにはまだありません: %1。なくてもステップは進められます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="283"/>
        <source>Read, try it, then press Next.</source>
        <translation>読んで、試してから「次へ」を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="287"/>
        <source>✓ Done! Press Next when you are ready.</source>
        <translation>✓ できました！ 準備ができたら「次へ」を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="291"/>
        <source>○ Your turn: this turns ✓ by itself when it is done. Stuck? Press Show me.</source>
        <translation>○ あなたの番です。できたら自動で ✓ になります。困ったら「やってみせて」を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="321"/>
        <source>Continue lesson %1 ▶</source>
        <translation>レッスン %1 の続き ▶</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="324"/>
        <source>Start lesson 1 ▶</source>
        <translation>レッスン 1 を始める ▶</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="327"/>
        <source>Next lesson ▶</source>
        <translation>次のレッスン ▶</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="330"/>
        <source>Finish ✓</source>
        <translation>完了 ✓</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="333"/>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="341"/>
        <source>Not loaded (%1):</source>
        <translation>読み込めなかったファイル（%1）:</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="346"/>
        <source>Showing…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="346"/>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="372"/>
        <source>Show me</source>
        <translation>やってみせて</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="364"/>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="365"/>
        <source>Open lesson file…</source>
        <translation>レッスンファイルを開く…</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="366"/>
        <source>Open a lesson file from any folder (teachers: see resources/lessons/README.md).</source>
        <translation>好きなフォルダーからレッスンファイルを開きます（先生向け: resources/lessons/README.md を参照）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="368"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="369"/>
        <source>Read the lesson files again after editing them.</source>
        <translation>編集したレッスンファイルを読み込み直します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="370"/>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="371"/>
        <source>The previous step (Alt+←).</source>
        <translation>前のステップ（Alt+←）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="373"/>
        <source>Do this step for me, slowly, so I can watch.</source>
        <translation>このステップをゆっくり実演します。見ていてください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="374"/>
        <source>The next step (Alt+→).</source>
        <translation>次のステップ（Alt+→）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="375"/>
        <source>↺ Restart</source>
        <translation>↺ 最初から</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="376"/>
        <source>Start this lesson again from its first step.</source>
        <translation>このレッスンを最初のステップからやり直します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/lessons_panel.py" line="222"/>
        <location filename="runtime_strings.py" line="422"/>
        <source>Lesson complete</source>
        <extracomment>``playground/views/lessons/lessons_panel.py`` writes ``self.tr(&apos;Lesson complete&apos;)`` inside an f-string, where lupdate does not look.</extracomment>
        <translation>レッスン完了</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <location filename="../../playground/views/loss/loss_panel.py" line="43"/>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_panel.py" line="46"/>
        <source>Plot the loss on a logarithmic axis, to see small late improvements.</source>
        <translation>損失を対数軸で描き、終盤の小さな改善も見えるようにします。</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_panel.py" line="47"/>
        <source>Per step</source>
        <translation>ステップごと</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_panel.py" line="48"/>
        <source>Loss per minibatch step</source>
        <translation>ミニバッチのステップごとの損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_panel.py" line="50"/>
        <source>Plot the loss of every minibatch step (the book&apos;s iterations axis): noisy, because each step sees only a few points. Off: the loss on all the data after each epoch.</source>
        <translation>ミニバッチの各ステップの損失を描きます（本の「イテレーション」の軸）。各ステップは数点しか見ないので、ばらつきます。オフのときは、各エポックの後のすべてのデータに対する損失を描きます。</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="109"/>
        <source>Loss and accuracy curves</source>
        <translation>損失と認識精度のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="110"/>
        <source>Loss plot</source>
        <translation>損失のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="111"/>
        <source>Accuracy plot</source>
        <translation>認識精度のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="185"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="186"/>
        <source>minibatch step</source>
        <translation>ミニバッチのステップ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="187"/>
        <location filename="../../playground/views/loss/loss_view.py" line="189"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="188"/>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="346"/>
        <source>No training yet</source>
        <translation>まだ学習していません</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="350"/>
        <source>Training stopped: %1</source>
        <translation>学習が止まりました: %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="354"/>
        <source>minibatch loss</source>
        <translation>ミニバッチの損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="355"/>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss/loss_view.py" line="357"/>
        <source>test</source>
        <translation>テスト</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../playground/main_window.py" line="102"/>
        <location filename="../../playground/main_window.py" line="199"/>
        <source>nn-playground — watch a neural network learn</source>
        <extracomment>Settings a preset leaves as they are unless its file names them. The smallest window the layout is made for.</extracomment>
        <translation>nn-playground — ニューラルネットワークが学習する様子を見る</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../playground/panels/message_banner.py" line="81"/>
        <source>Message</source>
        <extracomment>Background, border and text colour per kind; dark text on a pale tint keeps a contrast ratio above 7:1, readable on a washed-out projector too. How long an info message stays before hiding itself.</extracomment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/message_banner.py" line="82"/>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <location filename="../../playground/panels/message_banner.py" line="83"/>
        <source>Hide this message (Esc)</source>
        <translation>このメッセージを隠す (Esc)</translation>
    </message>
</context>
<context>
    <name>NetworkChoice</name>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="122"/>
        <source>Pick a point on the output plane (click it, or use the arrow keys there) to see the network&apos;s computational graph for that point.</source>
        <translation>出力の平面で点を選ぶと（クリックするか、そこで矢印キーを使います）、その点についてのネットワークの計算グラフが表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="125"/>
        <source>The graph of this point could not be computed.</source>
        <translation>この点のグラフを計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="126"/>
        <source>Computing the graph of the picked point…</source>
        <translation>選んだ点のグラフを計算しています…</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="134"/>
        <source>Target class of the picked location</source>
        <translation>選んだ位置の正解クラス</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="135"/>
        <source>A location has no label: choose the class the loss compares the output with.</source>
        <translation>位置にはラベルがありません。損失で出力と比べるクラスを選んでください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="137"/>
        <source>Target value of the picked location</source>
        <translation>選んだ位置の目標値</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="138"/>
        <source>A location has no label: type the value the loss compares the output with, then press Enter.</source>
        <translation>位置にはラベルがありません。損失で出力と比べる値を入力して Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="180"/>
        <source>choose the target…</source>
        <translation>正解を選ぶ…</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="182"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="188"/>
        <source>No point picked.</source>
        <translation>点が選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="191"/>
        <source>Training point %1</source>
        <translation>訓練データ %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="192"/>
        <source>Test point %1</source>
        <translation>テストデータ %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="194"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="196"/>
        <source>no target yet: choose one to see the loss and backpropagation</source>
        <translation>まだ正解がありません。選ぶと損失と逆伝播が見られます</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="198"/>
        <source>target class %1</source>
        <translation>正解クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="200"/>
        <source>target %1</source>
        <translation>目標値 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="210"/>
        <source>This network has %1 weights: one node per multiply and add is drawn for up to %2 weights, so it is shown layer by layer.</source>
        <translation>このネットワークの重みは %1 個です。掛け算と足し算ごとのノードで描くのは重み %2 個までなので、層ごとに表示します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="216"/>
        <source>L is the loss of this one point: softmax and cross-entropy error in one node, whose local derivatives are y − t.</source>
        <translation>L はこの 1 点の損失です。ソフトマックス関数と交差エントロピー誤差を 1 つのノードにまとめたもので、局所的な微分は y − t です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="219"/>
        <source>L is the loss of this one point: the squared error ½ Σ (y − t)², whose local derivatives are y − t.</source>
        <translation>L はこの 1 点の損失です。二乗和誤差 ½ Σ (y − t)² で、局所的な微分は y − t です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="223"/>
        <source>The %1 penalty (λ = %2) is not in this graph: the gradients are of this point&apos;s loss alone; training adds %3 to ∂L/∂W.</source>
        <translation>%1 のペナルティ（λ = %2）はこのグラフに入っていません。勾配はこの点の損失だけのものです。学習では ∂L/∂W に %3 が加わります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_network_panel.py" line="228"/>
        <source>Evaluation mode: batch norm uses its running statistics.</source>
        <translation>推論モード: Batch Normalization は学習中に蓄積した平均と分散を使います。</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="190"/>
        <source>Add hidden layer</source>
        <extracomment>Neurons in a freshly added layer (TensorFlow Playground&apos;s choice). Activation of the first layer added to a network with none (TF&apos;s default).</extracomment>
        <translation>中間層を追加</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="194"/>
        <source>Remove hidden layer</source>
        <translation>中間層を削除</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="196"/>
        <source>Remove the last hidden layer. With none left, the inputs feed the output directly: a single-layer model that can only draw straight boundaries.</source>
        <translation>最後の中間層を削除します。中間層がなくなると入力が直接出力層につながり、直線の境界しか引けない単層のモデルになります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="192"/>
        <source>Add a hidden layer (up to %1). Each layer re-describes the data for the next, so deeper networks can bend the boundary more.</source>
        <translation>中間層を追加します（最大 %1 層）。各層はデータを次の層のために表現し直すので、深いネットワークほど境界を大きく曲げられます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="198"/>
        <source>Hidden layers</source>
        <translation>中間層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="254"/>
        <source>Layer %1</source>
        <translation>中間層 %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="255"/>
        <source> neurons</source>
        <translation> ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="257"/>
        <source>Neurons in hidden layer %1</source>
        <translation>中間層 %1 のニューロン数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="259"/>
        <source>How many neurons hidden layer %1 has. Each neuron computes a = Σ xᵢwᵢ + b and passes on y = h(a); more neurons can draw more complex boundaries.</source>
        <translation>中間層 %1 のニューロンの数。各ニューロンは a = Σ xᵢwᵢ + b を計算し、y = h(a) を次の層へ渡します。ニューロンが多いほど複雑な境界を描けます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="263"/>
        <source>Activation function of hidden layer %1</source>
        <translation>中間層 %1 の活性化関数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="265"/>
        <source>Activation function h of hidden layer %1: the non-linearity applied to each neuron&apos;s a. Without one, stacked layers collapse into a single straight-line model.</source>
        <translation>中間層 %1 の活性化関数 h: 各ニューロンの a にかける非線形な関数。これがないと、層を重ねても 1 つの直線的なモデルにまとまってしまいます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="366"/>
        <source>1 hidden layer</source>
        <translation>中間層 1 層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="368"/>
        <source>%1 hidden layers</source>
        <translation>中間層 %1 層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="370"/>
        <source>Output: identity + mean squared error</source>
        <translation>出力: 恒等関数 + 平均二乗誤差</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="372"/>
        <source>Regression: the output neuron passes its value through unchanged, and the loss is the mean squared error ½ · mean of (y − t)² over the points (the ½ makes each point&apos;s gradient simply y − t).</source>
        <translation>回帰: 出力ニューロンは値をそのまま出力し、損失は平均二乗誤差、すなわちすべての点での (y − t)² の平均の ½ です（½ があるので、各点の勾配は単に y − t になります）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="375"/>
        <source>0 hidden layers: linear model</source>
        <translation>中間層なし: 線形モデル</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="376"/>
        <source>it can only fit a flat (linear) function of the features.</source>
        <translation>特徴量の平らな（線形の）関数しか表せません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="379"/>
        <source>Output: softmax + cross-entropy (%1 classes)</source>
        <translation>出力: ソフトマックス関数 + 交差エントロピー誤差（%1 クラス）</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="381"/>
        <source>Classification: one output neuron per class; softmax turns their scores into probabilities that add up to 1, and the cross-entropy loss is −log(probability of the right class).</source>
        <translation>分類: クラスごとに出力ニューロンが 1 つあり、ソフトマックス関数がそのスコアを合計 1 の確率に変えます。損失には交差エントロピー誤差 −log(正解クラスの確率) を使います。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="384"/>
        <source>0 hidden layers: logistic model</source>
        <translation>中間層なし: ロジスティック回帰</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="385"/>
        <source>it can only draw straight boundaries in the features.</source>
        <translation>特徴量の空間で直線の境界しか引けません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="390"/>
        <source>No hidden layer: the inputs feed the output directly, a single-layer model; %1 Press + to add a layer.</source>
        <translation>中間層がありません。入力が直接出力層につながる単層のモデルなので、%1「+」を押すと中間層を追加できます。</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="159"/>
        <source>Gradients ∂L/∂w</source>
        <translation>勾配∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="179"/>
        <source>Selected weight or bias</source>
        <translation>選択した重みまたはバイアス</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="181"/>
        <source>Type a new value and press Enter. On the diagram you can also drag the selected weight up or down, or turn the mouse wheel over it. Ctrl+Z undoes.</source>
        <translation>新しい値を入力して Enter を押してください。図の上でも、選択した重みを上下にドラッグするか、その上でマウスホイールを回すと変えられます。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="183"/>
        <source>Values for the picked point</source>
        <translation>選んだ点の値</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="186"/>
        <source>Show the picked point on the diagram: each node&apos;s value and, instead of the weights w, each connection&apos;s contribution x·w (blue positive, orange negative, wider for larger). Point at a neuron to read the x·w of its inputs.</source>
        <translation>選んだ点を図に表示します。各ノードの値と、重み w の代わりに各結合の寄与 x·w（青は正、オレンジは負、大きいほど太い）。ニューロンにマウスを重ねると、その入力の x·w が読めます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="190"/>
        <source>Gradients on the diagram</source>
        <translation>図に勾配を表示</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="192"/>
        <source>Show the gradient on the diagram (backpropagation): each connection&apos;s ∂L/∂w instead of its weight, each neuron&apos;s ∂L/∂a as a frame, and the neurons that barely learn. After a Step the backward pass runs right to left. Select a connection to read ∂L/∂w = δ·x by the chain rule; point at one for the update the optimizer applied.</source>
        <translation>図に勾配を表示します（誤差逆伝播法）。各結合には重みの代わりに ∂L/∂w を、各ニューロンには ∂L/∂a を枠で示し、ほとんど学習しないニューロンに印を付けます。ステップの後、逆伝播が右から左へ進みます。結合を選ぶと連鎖律による ∂L/∂w = δ·x が読め、マウスを重ねると最適化手法が行った更新が見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="197"/>
        <source>of the last minibatch</source>
        <translation>直前のミニバッチ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="198"/>
        <source>for the picked point</source>
        <translation>選んだ点</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="199"/>
        <source>Gradients of</source>
        <translation>勾配の対象</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="201"/>
        <source>The last minibatch: the mean gradient the last training step used, at the weights it started from. The picked point: the gradient of that point&apos;s loss alone, at the weights now.</source>
        <translation>直前のミニバッチ: 直前の学習ステップが使った平均の勾配（そのステップが始まったときの重みで）。選んだ点: その点の損失だけの勾配（現在の重みで）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="258"/>
        <location filename="../../playground/views/descent/descent_words.py" line="31"/>
        <source>bias b of %1</source>
        <extracomment>An arrow shorter than this share of the plotted range is said to be too short to see.</extracomment>
        <translation>%1 のバイアス b</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="260"/>
        <location filename="../../playground/views/descent/descent_words.py" line="33"/>
        <source>weight w from %1 to %2</source>
        <translation>%1 から %2 への重み w</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="271"/>
        <source>Click a neuron or a connection to select its bias or weight.</source>
        <translation>ニューロンか結合をクリック（バイアスか重み）</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="272"/>
        <source>Click a neuron or a connection</source>
        <translation>ニューロンか結合をクリック</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="275"/>
        <source>bias b =</source>
        <translation>バイアス b =</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="275"/>
        <source>weight w =</source>
        <translation>重み w =</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../playground/views/diagram/network_view.py" line="77"/>
        <source>Network diagram</source>
        <extracomment>Thumbnails of big output grids are subsampled to about this side first. Counts from the last paint, for tests and benchmarks. ``painter(p, layout)`` callables drawn over the diagram, in order. ``() -&gt; bool``: True while an overlay draws other edges in place of the weights (the gradients), so the weights are not drawn just to be covered.</extracomment>
        <translation>ネットワークの図</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_view.py" line="163"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_view.py" line="165"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_view.py" line="213"/>
        <source>No network yet</source>
        <translation>ネットワークはまだありません</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="23"/>
        <source>1 input</source>
        <translation>1 入力</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="24"/>
        <source>%n inputs</source>
        <translation>%n 入力</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="25"/>
        <source>features</source>
        <translation>特徴量</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="26"/>
        <source>in</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="29"/>
        <source>1 output</source>
        <translation>1 出力</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="30"/>
        <source>%n outputs</source>
        <translation>%n 出力</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="32"/>
        <source>out</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="35"/>
        <source>1 neuron</source>
        <translation>1 ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_labels.py" line="36"/>
        <source>%n neurons</source>
        <translation>%n ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_view.py" line="356"/>
        <source>bias b = %1</source>
        <translation>バイアス b = %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/network_view.py" line="363"/>
        <source>weight w = %1
from %2
to %3</source>
        <translation>重み w = %1
%2 から
%3 へ</translation>
    </message>
</context>
<context>
    <name>NeuronMaps</name>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="55"/>
        <source>tanh</source>
        <extracomment>Display names of the input features (subscripts and superscripts, like TF). Activations whose output range is fixed, so their maps use fixed levels (a neuron&apos;s colour then means the same thing from frame to frame). Every map uses one colour language: white is 0, blue positive, orange negative (as TF Playground). So sigmoid and step, which are never negative, use −1…1 too, rather than painting an output of 0 full orange.</extracomment>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="56"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="57"/>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="58"/>
        <source>linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="59"/>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="60"/>
        <source>step</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="61"/>
        <source>softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="207"/>
        <source>Input feature %1</source>
        <translation>入力の特徴量 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="211"/>
        <source>Output: probability of class %1</source>
        <translation>出力: クラス %1 の確率</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="213"/>
        <source>Output: predicted value</source>
        <translation>出力: 予測値</translation>
    </message>
    <message>
        <location filename="../../playground/views/diagram/neuron_maps.py" line="216"/>
        <source>Hidden layer %1, neuron %2 (%3)</source>
        <translation>中間層 %1、ニューロン %2（%3）</translation>
    </message>
</context>
<context>
    <name>OptimizerCompareTab</name>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="154"/>
        <source>η must be a number above 0.</source>
        <extracomment>The book&apos;s four first, then the two it leaves out; three to a row. The plane of every small plot: (x min, x max, y min, y max). Points beyond this are not drawn (a huge η throws the path out of the plot).</extracomment>
        <translation>η は 0 より大きい数にしてください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="182"/>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="217"/>
        <source>Learning rate η of %1</source>
        <translation>%1 の学習率 η</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="218"/>
        <source>Type a learning rate η for %1 and press Enter.</source>
        <translation>%1 の学習率 η を入力して Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="220"/>
        <source>Path of %1</source>
        <translation>%1 の道筋</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="222"/>
        <source>f(x, y) = x²/20 + y²: grey contour lines, + the minimum, black square the start, orange dot the current step. Click to start from there.</source>
        <translation>f(x, y) = x²/20 + y²: 灰色は等高線、+ は最小点、黒い四角は出発点、オレンジの点は現在のステップ。クリックするとそこから出発します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="224"/>
        <source>Step shown</source>
        <translation>表示するステップ</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="225"/>
        <source>Drag to watch the paths step by step.</source>
        <translation>ドラッグすると道筋を 1 ステップずつ見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="226"/>
        <source>The book&apos;s settings</source>
        <translation>本の設定</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="227"/>
        <source>Start at (−7, 2) with the book&apos;s learning rates again.</source>
        <translation>(−7, 2) から本の学習率で出発し直します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_compare_tab.py" line="233"/>
        <source>f(x, y) = x²/20 + y², %1 steps from (%2, %3). Click any plot to start there.</source>
        <translation>f(x, y) = x²/20 + y²、(%2, %3) から %1 ステップ。どのグラフでもクリックするとそこから出発します。</translation>
    </message>
</context>
<context>
    <name>OptimizerPathsView</name>
    <message>
        <location filename="../../playground/views/descent/optimizer_paths_view.py" line="53"/>
        <source>Gradient method</source>
        <translation>勾配法</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_paths_view.py" line="54"/>
        <source>Optimizers compared</source>
        <translation>最適化手法の比較</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_paths_view.py" line="56"/>
        <source>The book&apos;s first example: gradient descent on x₀² + x₁² with a learning rate that is just right, far too small or far too large.</source>
        <translation>本の最初の例: x₀² + x₁² での勾配法。学習率がちょうどよいとき、小さすぎるとき、大きすぎるとき。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_paths_view.py" line="59"/>
        <source>The book&apos;s comparison of optimizers on a long, narrow valley.</source>
        <translation>細長い谷での、本の最適化手法の比較。</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_paths_view.py" line="60"/>
        <source>Toy problems of gradient descent</source>
        <translation>勾配法の簡単な例題</translation>
    </message>
    <message>
        <location filename="../../playground/views/descent/optimizer_paths_view.py" line="62"/>
        <source>The book&apos;s toy problems of gradient descent, computed live by the engine&apos;s own optimizers: change the learning rate η and watch.</source>
        <translation>本の勾配法の例題を、エンジン自身の最適化手法でその場で計算します。学習率 η を変えて見てください。</translation>
    </message>
</context>
<context>
    <name>PerceptronView</name>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="288"/>
        <source>✓ All four rows are %1.</source>
        <extracomment>The sliders cover ±2 in steps of 0.01; typing reaches ±MAX_PERCEPTRON_WEIGHT.</extracomment>
        <translation>✓ 4 行すべて %1 です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="291"/>
        <source>✗ %1 of 4 rows differ from %2.</source>
        <translation>✗ 4 行のうち %1 行が %2 と違います。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="298"/>
        <source>s₁ = NAND(x₁, x₂), s₂ = OR(x₁, x₂), y = AND(s₁, s₂): two layers of perceptrons, each with the step function.</source>
        <translation>s₁ = NAND(x₁, x₂)、s₂ = OR(x₁, x₂)、y = AND(s₁, s₂): パーセプトロンを 2 層に重ねたもの（どれもステップ関数）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="301"/>
        <source>&lt;span style=&apos;color:#009E73&apos;&gt;━ ━&lt;/span&gt; s₁ (NAND) line &amp;nbsp; &lt;span style=&apos;color:#CC79A7&apos;&gt;━ ━&lt;/span&gt; s₂ (OR) line</source>
        <translation>&lt;span style=&apos;color:#009E73&apos;&gt;━ ━&lt;/span&gt; s₁ (NAND) の線 &amp;nbsp; &lt;span style=&apos;color:#CC79A7&apos;&gt;━ ━&lt;/span&gt; s₂ (OR) の線</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="307"/>
        <source>━ the line w₁x₁ + w₂x₂ + b = 0: y = 1 on the blue side, 0 on the orange side</source>
        <translation>━ 直線 w₁x₁ + w₂x₂ + b = 0: 青い側で y = 1、オレンジ側で y = 0</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="317"/>
        <source>Perceptron</source>
        <translation>パーセプトロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="318"/>
        <source>One perceptron</source>
        <translation>パーセプトロン 1 つ</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="319"/>
        <source>Set w₁, w₂ and b of one perceptron by hand.</source>
        <translation>1 つのパーセプトロンの w₁、w₂、b を手で設定します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="320"/>
        <source>Two layers (XOR)</source>
        <translation>2 層（XOR）</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="322"/>
        <source>The book&apos;s XOR: NAND and OR feed AND. One perceptron cannot do it.</source>
        <translation>本の XOR: NAND と OR の出力を AND に入れます。1 つのパーセプトロンではできません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="323"/>
        <source>The book&apos;s weights:</source>
        <translation>本の重み:</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="325"/>
        <source>Set the weights of %1</source>
        <translation>%1 の重みを設定</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="326"/>
        <source>Set the book&apos;s weights for %1</source>
        <translation>%1 の本の重みを設定します</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="327"/>
        <source>Weight w₁</source>
        <translation>重み w₁</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="327"/>
        <source>Weight w₂</source>
        <translation>重み w₂</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="328"/>
        <source>Bias b</source>
        <translation>バイアス b</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="331"/>
        <source>Type a value or use the slider.</source>
        <translation>値を入力するか、スライダーを使ってください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="332"/>
        <source>Activation function h:</source>
        <translation>活性化関数 h:</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="333"/>
        <source>step</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="334"/>
        <source>sigmoid</source>
        <translation>シグモイド関数</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="335"/>
        <source>Activation function</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="336"/>
        <source>Compare with:</source>
        <translation>比べるゲート:</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="337"/>
        <source>Gate to compare with</source>
        <translation>比べるゲート</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="338"/>
        <source>Truth table</source>
        <translation>真理値表</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="339"/>
        <source>The perceptron&apos;s plane</source>
        <translation>パーセプトロンの平面</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="341"/>
        <source>No single line separates (0, 1) and (1, 0) from (0, 0) and (1, 1). Two lines do: s₁ and s₂ each draw one, and the last perceptron combines them.</source>
        <translation>(0, 1) と (1, 0) を、(0, 0) と (1, 1) から 1 本の直線で分けることはできません。2 本ならできます。s₁ と s₂ が 1 本ずつ線を引き、最後のパーセプトロンがそれらを組み合わせます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="343"/>
        <source>▶ Play</source>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="344"/>
        <source>Play (not available here)</source>
        <translation>再生（ここでは使えません）</translation>
    </message>
    <message>
        <location filename="../../playground/views/lessons/perceptron_view.py" line="346"/>
        <source>No training here: the step function&apos;s slope is 0 everywhere except at its jump, so gradient descent has nothing to follow. Set the weights by hand.</source>
        <translation>ここでは学習しません。ステップ関数の傾きは跳ぶところ以外どこでも 0 なので、勾配法がたどる手がかりがありません。重みは手で設定してください。</translation>
    </message>
</context>
<context>
    <name>PickedPoint</name>
    <message>
        <location filename="../../playground/views/inspect/picked_point.py" line="73"/>
        <source>Pick a point on the plane (Pick tool): click a data point or any location of the output map, or use the arrow keys there.</source>
        <translation>平面上の点を選んでください（選択ツール）。データ点か出力マップ上の好きな位置をクリックするか、そこで矢印キーを使います。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/picked_point.py" line="54"/>
        <location filename="runtime_strings.py" line="317"/>
        <source>Training point %1 at %2</source>
        <extracomment>The probe every number view of a picked point asks for.
----------
Texts of ``describe()`` in ``playground/views/inspect/picked_point.py``, called through a local alias ``tr = QCoreApplication.translate`` that lupdate cannot follow (same as the menus above).</extracomment>
        <translation>訓練データ %1 番 %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/picked_point.py" line="56"/>
        <location filename="runtime_strings.py" line="318"/>
        <source>Test point %1 at %2</source>
        <translation>テストデータ %1 番 %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/picked_point.py" line="59"/>
        <location filename="runtime_strings.py" line="319"/>
        <source>Location %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/picked_point.py" line="61"/>
        <location filename="runtime_strings.py" line="320"/>
        <source>no target yet</source>
        <translation>まだ正解がありません</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/picked_point.py" line="63"/>
        <location filename="runtime_strings.py" line="321"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/picked_point.py" line="66"/>
        <location filename="runtime_strings.py" line="322"/>
        <source>target %1</source>
        <translation>目標値 %1</translation>
    </message>
</context>
<context>
    <name>PlaneTools</name>
    <message>
        <location filename="../../playground/views/plane/plane_tools.py" line="72"/>
        <source>Pick</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/plane_tools.py" line="73"/>
        <source>Pick (%1): click the plane to pick a point or a location and see what the network computes for it.</source>
        <translation>選択 (%1): 平面をクリックして点や位置を選ぶと、そこでネットワークが何を計算しているかを見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/plane_tools.py" line="76"/>
        <source>Draw</source>
        <translation>描画</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane/plane_tools.py" line="77"/>
        <source>Draw (%1): add your own points by clicking. Not available yet: this version cannot add points to a dataset.</source>
        <translation>描画 (%1): クリックして自分で点を追加します。まだ使えません（このバージョンではデータセットに点を追加できません）。</translation>
    </message>
</context>
<context>
    <name>PointTab</name>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="107"/>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="107"/>
        <source>score aₖ</source>
        <translation>スコア aₖ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="107"/>
        <source>exp(aₖ − max a)</source>
        <translation>exp(aₖ − max a)</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="108"/>
        <source>probability yₖ</source>
        <translation>確率 yₖ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="108"/>
        <source>target tₖ</source>
        <translation>正解 tₖ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="109"/>
        <source>Target class</source>
        <translation>正解クラス</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="110"/>
        <source>The class this location should belong to: the loss measures how far the output is from it.</source>
        <translation>この位置が属するべきクラス。損失は、出力がそこからどれだけ離れているかを測ります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="112"/>
        <source>Target value</source>
        <translation>目標値</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="113"/>
        <source>Type the value this location should have and press Enter.</source>
        <translation>この位置の目標値を入力して Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="131"/>
        <source>Target class t:</source>
        <translation>正解クラス t:</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="132"/>
        <source>Target value t:</source>
        <translation>目標値 t:</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="134"/>
        <source>Target: class %1, the point&apos;s label</source>
        <translation>正解: クラス %1（この点のラベル）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="137"/>
        <source>Target: t = %1, the point&apos;s value</source>
        <translation>目標値: t = %1（この点の値）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="147"/>
        <source>choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="149"/>
        <location filename="../../playground/views/inspect/softmax_point.py" line="194"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="165"/>
        <source>These numbers could not be computed.</source>
        <translation>これらの値を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="167"/>
        <source>Working it out…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="192"/>
        <source>Softmax function: yₖ = exp(aₖ) / Σᵢ exp(aᵢ) turns the output scores aₖ into probabilities yₖ</source>
        <translation>ソフトマックス関数: yₖ = exp(aₖ) / Σᵢ exp(aᵢ) が出力のスコア aₖ を確率 yₖ に変えます</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="196"/>
        <source>Σ exp(a − max a) = %1, so yₖ = exp(aₖ − max a) / %1; Σ yₖ = %2</source>
        <translation>Σ exp(a − max a) = %1 なので yₖ = exp(aₖ − max a) / %1、Σ yₖ = %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="200"/>
        <source>For safety the largest score, max a = %1, is subtracted from every score before exp, as the book does: exp of a large score would overflow, and the subtraction cancels out in the fraction.</source>
        <translation>本と同じく、exp の前に最大のスコア max a = %1 をすべてのスコアから引いて安全にしています。大きなスコアの exp はあふれてしまいますが、引いた分は分数の中で打ち消し合います。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="203"/>
        <source>Predicted class: &lt;b&gt;%1&lt;/b&gt; (the largest yₖ = %2)</source>
        <translation>予測したクラス: &lt;b&gt;%1&lt;/b&gt;（最大の yₖ = %2）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="216"/>
        <source>Cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="220"/>
        <source>t is one-hot: 1 for the target class %1, 0 for the others, so only −log y%2 is left. A confident right answer (y%2 near 1) costs almost nothing; a confident wrong one costs a lot.</source>
        <translation>t は one-hot です。正解クラス %1 だけが 1 で、ほかは 0 なので、−log y%2 だけが残ります。自信を持って正解する（y%2 が 1 に近い）とほとんど損失がなく、自信を持って間違えると大きな損失になります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="226"/>
        <source>Identity function: the output y is the output neuron&apos;s weighted sum a</source>
        <translation>恒等関数: 出力 y は出力ニューロンの重み付き和 a そのものです</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="242"/>
        <source>Squared error</source>
        <translation>二乗和誤差</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_point.py" line="245"/>
        <source>The loss of the whole data is the mean of this over the points (the ½ makes the gradient simply y − t).</source>
        <translation>データ全体の損失は、これをすべての点で平均したものです（½ があるので勾配は単に y − t になります）。</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <location filename="../../playground/views/inspect/softmax_view.py" line="78"/>
        <source>Softmax and loss</source>
        <extracomment>The probe of the last step&apos;s minibatch.</extracomment>
        <translation>ソフトマックス関数と損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_view.py" line="79"/>
        <source>This point</source>
        <translation>この点</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_view.py" line="80"/>
        <source>Last minibatch</source>
        <translation>直前のミニバッチ</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_view.py" line="82"/>
        <source>The picked point: output scores, softmax function, probabilities and its cross-entropy error</source>
        <translation>選んだ点: 出力のスコア、ソフトマックス関数、確率、その交差エントロピー誤差</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspect/softmax_view.py" line="85"/>
        <source>The samples of the last training step and how their losses make the step&apos;s loss</source>
        <translation>直前の学習ステップのサンプルと、それらの損失からステップの損失ができるまで</translation>
    </message>
</context>
<context>
    <name>StepWording</name>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="30"/>
        <source>Done. Under each value is its gradient ∂%1/∂(value): how much %1 changes when that value grows by a little, per unit.</source>
        <translation>完了。各値の下にあるのがその勾配 ∂%1/∂(値) です。その値を少し増やしたとき、%1 が単位あたりどれだけ変わるかを表します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="34"/>
        <location filename="../../playground/views/graph/graph_wording.py" line="44"/>
        <source>The forward pass is complete. Now press Backward (%1).</source>
        <translation>順伝播が終わりました。次は「逆伝播」（%1）を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="37"/>
        <source>Press Forward (%1) to compute the graph one node at a time, from the inputs to the output (forward propagation).</source>
        <translation>「順伝播」（%1）を押すと、グラフを入力から出力へ 1 ノードずつ計算します（順伝播）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="42"/>
        <source>Forward: %1</source>
        <translation>順伝播: %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="46"/>
        <source>The forward pass is complete.</source>
        <translation>順伝播が終わりました。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="50"/>
        <source>Backpropagation starts at the output: ∂%1/∂%1 = 1.</source>
        <translation>逆伝播は出力から始まります: ∂%1/∂%1 = 1。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="53"/>
        <source>Backward through %1: each input gets the upstream gradient %2 times its local derivative (chain rule):</source>
        <translation>%1 の逆伝播: 上流から来た勾配 %2 に局所的な微分を掛けて、各入力へ送ります（連鎖律）:</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="64"/>
        <source>%1 is used %2 times: the gradients coming back are added.</source>
        <translation>%1 は %2 回使われています。戻ってくる勾配を足し合わせます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="71"/>
        <source>Backpropagation needs the forward values first: press Forward (%1) or Run all (%2).</source>
        <translation>逆伝播にはまず順伝播の値が必要です。「順伝播」（%1）か「すべて計算」（%2）を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="78"/>
        <source>forward %1/%2</source>
        <translation>順伝播 %1/%2</translation>
    </message>
    <message>
        <location filename="../../playground/views/graph/graph_wording.py" line="80"/>
        <source>forward %1/%2 · backward %3/%4</source>
        <translation>順伝播 %1/%2 · 逆伝播 %3/%4</translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <location filename="../../playground/lessons/welcome.py" line="169"/>
        <source>Welcome to nn-playground</source>
        <translation>nn-playground へようこそ</translation>
    </message>
    <message>
        <location filename="../../playground/lessons/welcome.py" line="171"/>
        <source>New to neural networks? Lesson 1 starts where the book starts: one perceptron, two weights and a bias, making the logic gates AND, NAND and OR. The lessons are always in Help → Lessons (F1).</source>
        <translation>ニューラルネットワークは初めてですか？ レッスン 1 は本と同じところから始まります。1 つのパーセプトロン、2 つの重みと 1 つのバイアスで、論理ゲート AND、NAND、OR を作ります。レッスンはいつでも「ヘルプ → レッスン」（F1）から開けます。</translation>
    </message>
    <message>
        <location filename="../../playground/lessons/welcome.py" line="174"/>
        <source>Start lesson 1</source>
        <translation>レッスン 1 を始める</translation>
    </message>
    <message>
        <location filename="../../playground/lessons/welcome.py" line="175"/>
        <source>Not now</source>
        <translation>あとで</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../playground/window_menus.py" line="107"/>
        <location filename="runtime_strings.py" line="304"/>
        <source>&amp;File</source>
        <extracomment>Commands whose action can be ticked.
----------
Menu titles of ``playground/window_menus.py``. ``WindowMenus.retranslate`` calls ``QCoreApplication.translate`` through a local alias ``tr``, which lupdate reads as ``tr(source, disambiguation)`` in no context, so without these the menus stay English in Japanese.</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="108"/>
        <location filename="runtime_strings.py" line="305"/>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="109"/>
        <location filename="runtime_strings.py" line="306"/>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="110"/>
        <location filename="runtime_strings.py" line="307"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="111"/>
        <location filename="runtime_strings.py" line="308"/>
        <source>&amp;Views</source>
        <translation>ビュー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="112"/>
        <location filename="runtime_strings.py" line="309"/>
        <source>&amp;Language</source>
        <translation>言語 / Language(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="113"/>
        <location filename="runtime_strings.py" line="310"/>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../../playground/lessons/welcome.py" line="100"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="runtime_strings.py" line="202"/>
        <source>Circle</source>
        <extracomment>Every name, short name and tip of ``playground/catalogue.py``.</extracomment>
        <translation>円</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="203"/>
        <source>One class inside a ring of the other. No straight line separates them: add X₁² and X₂², or a hidden layer.</source>
        <translation>一方のクラスがもう一方の輪の内側にあります。直線では分けられません。X₁² と X₂² を加えるか、中間層を追加しましょう。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="204"/>
        <source>Exclusive or</source>
        <translation>排他的論理和（XOR）</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="205"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="206"/>
        <source>Opposite quadrants share a class. Needs X₁X₂ or a hidden layer: a single neuron draws only one straight line.</source>
        <translation>向かい合う象限が同じクラスです。X₁X₂ か中間層が必要です。ニューロン 1 つでは直線を 1 本しか引けません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="207"/>
        <source>Gaussian</source>
        <translation>ガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="208"/>
        <source>Gauss</source>
        <translation>ガウス</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="209"/>
        <source>Two clouds of points: a straight line separates them, so even a network without hidden layers succeeds.</source>
        <translation>2 つの点の雲です。直線で分けられるので、中間層のないネットワークでも学習できます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="210"/>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="211"/>
        <source>Interleaved spiral arms, the hardest set: try several hidden layers, or sin X₁, sin X₂. Supports 2–5 classes.</source>
        <translation>絡み合った渦巻きの腕で、いちばん難しいデータです。中間層をいくつか重ねるか、sin X₁、sin X₂ を試しましょう。2〜5 クラスに対応します。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="212"/>
        <source>Two moons</source>
        <translation>2 つの三日月</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="213"/>
        <source>Moons</source>
        <translation>三日月</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="214"/>
        <source>Two interleaved half circles: a curved boundary.</source>
        <translation>かみ合った 2 つの半円です。境界は曲線になります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="215"/>
        <source>Gaussian blobs</source>
        <translation>ガウス分布のクラスタ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="216"/>
        <source>Blobs</source>
        <translation>点の塊</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="217"/>
        <source>Clusters around a circle, one per class (2–5): softmax with several outputs.</source>
        <translation>円周上に並んだ、クラスごとの点の塊（2〜5 クラス）。出力が複数あるソフトマックス関数を試せます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="218"/>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="219"/>
        <source>Regression: the target rises linearly with X₁ + X₂.</source>
        <translation>回帰: 目標値は X₁ + X₂ に比例して増えます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="220"/>
        <source>Multi Gaussian</source>
        <translation>複数のガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="221"/>
        <source>Bumps</source>
        <translation>山と谷</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="222"/>
        <source>Regression: six positive and negative bumps.</source>
        <translation>回帰: 正と負の 6 つの山。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="223"/>
        <source>AND gate</source>
        <translation>AND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="224"/>
        <source>AND</source>
        <translation>AND</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="225"/>
        <source>The AND truth table (4 points): one neuron is enough.</source>
        <translation>AND の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="226"/>
        <source>OR gate</source>
        <translation>OR ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="227"/>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="228"/>
        <source>The OR truth table (4 points): one neuron is enough.</source>
        <translation>OR の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="229"/>
        <source>NAND gate</source>
        <translation>NAND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="230"/>
        <source>NAND</source>
        <translation>NAND</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="231"/>
        <source>The NAND truth table (4 points): one neuron is enough.</source>
        <translation>NAND の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="232"/>
        <source>XOR gate</source>
        <translation>XOR ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="233"/>
        <source>The XOR truth table (4 points): one neuron cannot do it; XOR = AND(NAND, OR) needs a hidden layer.</source>
        <translation>XOR の真理値表（4 点）。ニューロン 1 つではできません。XOR = AND(NAND, OR) なので中間層が必要です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="235"/>
        <source>X₁</source>
        <translation>X₁</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="236"/>
        <source>X₁: the horizontal coordinate of the point, as it is.</source>
        <translation>X₁: 点の横方向の座標そのもの。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="237"/>
        <source>X₂</source>
        <translation>X₂</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="238"/>
        <source>X₂: the vertical coordinate of the point, as it is.</source>
        <translation>X₂: 点の縦方向の座標そのもの。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="239"/>
        <source>X₁²</source>
        <translation>X₁²</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="240"/>
        <source>X₁²: large on both the left and the right edge. With X₂², one neuron can draw a circle (the Circle dataset).</source>
        <translation>X₁²: 左端でも右端でも大きくなります。X₂² と組み合わせると、ニューロン 1 つで円を描けます（「円」のデータセット）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="241"/>
        <source>X₂²</source>
        <translation>X₂²</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="242"/>
        <source>X₂²: large at both the top and the bottom edge.</source>
        <translation>X₂²: 上端でも下端でも大きくなります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="243"/>
        <source>X₁X₂</source>
        <translation>X₁X₂</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="244"/>
        <source>X₁X₂: positive in two opposite quadrants, negative in the others, which solves XOR with no hidden layer.</source>
        <translation>X₁X₂: 向かい合う 2 つの象限で正、残りで負になります。これがあれば中間層なしで XOR を解けます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="245"/>
        <source>sin X₁</source>
        <translation>sin X₁</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="246"/>
        <source>sin X₁: stripes that repeat left to right; helps with the spiral.</source>
        <translation>sin X₁: 左から右へ繰り返す縞模様。渦巻きに役立ちます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="247"/>
        <source>sin X₂</source>
        <translation>sin X₂</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="248"/>
        <source>sin X₂: stripes that repeat bottom to top.</source>
        <translation>sin X₂: 下から上へ繰り返す縞模様。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="250"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="251"/>
        <source>tanh(a): squashes into −1…1, centred on 0.</source>
        <translation>tanh(a): −1〜1 に押し込みます。0 が中心です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="252"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="253"/>
        <source>ReLU: max(0, a). Fast to train; a neuron whose a stays negative stops learning (&quot;dead&quot;).</source>
        <translation>ReLU: max(0, a)。学習が速い。a が負のままのニューロンは学習しなくなります（「死んだ」ニューロン）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="254"/>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="255"/>
        <source>sigmoid: 1 / (1 + e^−a), squashes into 0…1. Saturates, so gradients vanish in deep networks.</source>
        <translation>シグモイド関数: 1 / (1 + e^−a)、0〜1 に押し込みます。飽和するので、深いネットワークでは勾配が消失します。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="256"/>
        <source>linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="257"/>
        <source>linear: h(a) = a. Layers of linear neurons add up to one linear model.</source>
        <translation>線形（恒等関数）: h(a) = a。線形なニューロンの層をいくら重ねても 1 つの線形モデルになります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="258"/>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="259"/>
        <source>leaky ReLU: a for a &gt; 0, else 0.01·a, so it never quite dies.</source>
        <translation>Leaky ReLU: a &gt; 0 なら a、それ以外は 0.01·a。完全には死にません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="260"/>
        <source>step</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="261"/>
        <source>step: 1 for a &gt; 0, else 0. Its gradient is 0 almost everywhere, so gradient descent cannot train it.</source>
        <translation>ステップ関数: a &gt; 0 なら 1、それ以外は 0。勾配がほとんどどこでも 0 なので、勾配法では学習できません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="263"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="264"/>
        <source>Stochastic gradient descent: W ← W − η·∂L/∂W.</source>
        <translation>確率的勾配降下法: W ← W − η·∂L/∂W。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="265"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="266"/>
        <source>Momentum: builds up speed like a ball rolling downhill, smoothing the zig-zag of SGD (β = 0.9).</source>
        <translation>Momentum: 坂を転がるボールのように勢いをつけ、SGD のジグザグを滑らかにします（β = 0.9）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="267"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="268"/>
        <source>Nesterov: momentum that looks ahead before stepping.</source>
        <translation>Nesterov: 一歩先を見てから進む Momentum。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="269"/>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="270"/>
        <source>AdaGrad: shrinks the step of weights that have already moved a lot.</source>
        <translation>AdaGrad: すでに大きく動いた重みほど更新幅を小さくします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="271"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="272"/>
        <source>RMSprop: like AdaGrad, but forgets old gradients, so steps do not shrink to nothing.</source>
        <translation>RMSprop: AdaGrad に似ていますが、古い勾配を忘れていくので、更新幅が 0 まで縮みません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="273"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="274"/>
        <source>Adam: momentum plus per-weight step sizes; a robust default (try η = 0.001…0.01).</source>
        <translation>Adam: Momentum と重みごとの更新幅の調整を組み合わせた手法。まず試すのに無難な選択です（η = 0.001〜0.01 を試してください）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="276"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="277"/>
        <source>Xavier: normal with std √(1/n_in); for tanh and sigmoid.</source>
        <translation>Xavier: 標準偏差 √(1/n_in) の正規分布。tanh と sigmoid 向け。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="278"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="279"/>
        <source>He: normal with std √(2/n_in); for ReLU.</source>
        <translation>He: 標準偏差 √(2/n_in) の正規分布。ReLU 向け。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="280"/>
        <source>Fixed std 0.01</source>
        <translation>標準偏差 0.01 固定</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="281"/>
        <source>Normal with a fixed std of 0.01: with sigmoid, activations all sit near 0.5 and learning is slow.</source>
        <translation>標準偏差 0.01 固定の正規分布。sigmoid と組み合わせると活性化の値がすべて 0.5 付近に集まり、学習が遅くなります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="282"/>
        <source>Uniform ±0.5</source>
        <translation>一様分布 ±0.5</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="283"/>
        <source>Uniform between −0.5 and +0.5.</source>
        <translation>−0.5〜+0.5 の一様分布。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="285"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="286"/>
        <source>No penalty: the loss is the data loss only.</source>
        <translation>ペナルティなし: 損失はデータに対する損失だけです。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="287"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="288"/>
        <source>L1: adds λ·Σ|W|, pushing unneeded weights to exactly zero.</source>
        <translation>L1: λ·Σ|W| を加え、不要な重みをちょうど 0 にします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="289"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="290"/>
        <source>L2 (weight decay): adds ½λ·ΣW², shrinking all weights a little every step.</source>
        <translation>L2（荷重減衰、Weight decay）: ½λ·ΣW² を加え、毎ステップすべての重みを少しずつ小さくします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="292"/>
        <source>softmax + cross-entropy</source>
        <translation>ソフトマックス関数 + 交差エントロピー誤差</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="293"/>
        <source>softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="294"/>
        <source>Classification: one output neuron per class; softmax turns their scores into probabilities that add up to 1, and the cross-entropy loss is −log(probability of the right class).</source>
        <translation>分類: クラスごとに出力ニューロンが 1 つあり、ソフトマックス関数がそのスコアを合計 1 の確率に変えます。損失には交差エントロピー誤差 −log(正解クラスの確率) を使います。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="295"/>
        <source>identity + mean squared error</source>
        <translation>恒等関数 + 平均二乗誤差</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="296"/>
        <source>Regression: the output neuron passes its value through unchanged, and the loss is the mean squared error ½ · mean of (y − t)² over the points (the ½ makes each point&apos;s gradient simply y − t).</source>
        <translation>回帰: 出力ニューロンは値をそのまま出力し、損失は平均二乗誤差、すなわちすべての点での (y − t)² の平均の ½ です（½ があるので、各点の勾配は単に y − t になります）。</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <location filename="runtime_strings.py" line="44"/>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="45"/>
        <source>Exclusive or</source>
        <translation>排他的論理和（XOR）</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="46"/>
        <source>Gaussian</source>
        <translation>ガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="47"/>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="48"/>
        <source>Two moons</source>
        <translation>2 つの三日月</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="49"/>
        <source>Gaussian blobs</source>
        <translation>ガウス分布のクラスタ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="50"/>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="51"/>
        <source>Multi Gaussian</source>
        <translation>複数のガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="52"/>
        <source>AND gate</source>
        <translation>AND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="53"/>
        <source>OR gate</source>
        <translation>OR ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="54"/>
        <source>NAND gate</source>
        <translation>NAND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="55"/>
        <source>XOR gate</source>
        <translation>XOR ゲート</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../../playground/views/registry.py" line="51"/>
        <source>Data and features</source>
        <translation>データと特徴量</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="53"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="55"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="57"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="59"/>
        <source>Layer summary</source>
        <translation>層の概要</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="61"/>
        <source>Neuron inspector</source>
        <translation>ニューロンの詳細</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="63"/>
        <source>Softmax and loss</source>
        <translation>ソフトマックス関数と損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="65"/>
        <source>Layer as a matrix: Y = XW + B</source>
        <translation>層の行列: Y = XW + B</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="67"/>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="69"/>
        <source>Perceptron</source>
        <translation>パーセプトロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="71"/>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="73"/>
        <source>Gradient descent on a weight</source>
        <translation>勾配法（重み 1 つ）</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="75"/>
        <source>Optimizers compared</source>
        <translation>最適化手法の比較</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="77"/>
        <source>Gradient check</source>
        <translation>勾配確認</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="79"/>
        <source>Computational graph</source>
        <translation>計算グラフ</translation>
    </message>
</context>
<context>
    <name>expression</name>
    <message>
        <location filename="runtime_strings.py" line="330"/>
        <source>The expression is empty.</source>
        <extracomment>``ExpressionError`` templates: every value of ``engine.expression.MESSAGES``. ``playground/views/graph/graph_expression.py`` words a refused expression with ``error.message(QCoreApplication.translate)``, which looks the template up in context ``&quot;expression&quot;`` (the engine never imports Qt).</extracomment>
        <translation>式が空です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="331"/>
        <source>Unexpected character &apos;{char}&apos;.</source>
        <translation>使えない文字 &apos;{char}&apos; があります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="332"/>
        <source>{text} is not a number.</source>
        <translation>{text} は数ではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="333"/>
        <source>The result is too large.</source>
        <translation>結果が大きすぎます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="334"/>
        <source>Expected a number, a name or &apos;(&apos; but found &apos;{text}&apos;.</source>
        <translation>数、名前、&apos;(&apos; のどれかが必要ですが、&apos;{text}&apos; がありました。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="335"/>
        <source>The expression ends too early.</source>
        <translation>式が途中で終わっています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="336"/>
        <source>An operator is missing before &apos;{text}&apos;.</source>
        <translation>&apos;{text}&apos; の前に演算子がありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="337"/>
        <source>Missing &apos;)&apos; for the &apos;(&apos; at column {open}.</source>
        <translation>{open} 文字目の &apos;(&apos; に対応する &apos;)&apos; がありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="338"/>
        <source>This &apos;)&apos; has no matching &apos;(&apos;.</source>
        <translation>この &apos;)&apos; に対応する &apos;(&apos; がありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="339"/>
        <source>Unexpected &apos;{text}&apos;.</source>
        <translation>ここに &apos;{text}&apos; は書けません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="340"/>
        <source>Unexpected &apos;=&apos;: give values before a &apos;:&apos;, as in x=3, y=2: x*y.</source>
        <translation>ここに &apos;=&apos; は書けません。値は &apos;:&apos; の前に書きます（例: x=3, y=2: x*y）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="341"/>
        <source>{name} takes one argument.</source>
        <translation>{name} の引数は 1 つです。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="342"/>
        <source>Unknown function {name}.</source>
        <translation>{name} という関数はありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="343"/>
        <source>{name} is a function: write {name}(...).</source>
        <translation>{name} は関数です。{name}(...) と書いてください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="344"/>
        <source>No value given for {name}.</source>
        <translation>{name} の値が与えられていません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="345"/>
        <source>Expected a variable name but found &apos;{text}&apos;.</source>
        <translation>変数名が必要ですが、&apos;{text}&apos; がありました。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="346"/>
        <source>Expected &apos;=&apos; after {name}.</source>
        <translation>{name} の後に &apos;=&apos; が必要です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="347"/>
        <source>Expected &apos;,&apos; or &apos;:&apos; but found &apos;{text}&apos;.</source>
        <translation>&apos;,&apos; か &apos;:&apos; が必要ですが、&apos;{text}&apos; がありました。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="348"/>
        <source>{name} is given twice.</source>
        <translation>{name} が 2 回与えられています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="349"/>
        <source>{name} is a function name; choose another name for the variable.</source>
        <translation>{name} は関数名です。変数には別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="350"/>
        <source>The value of {variable} must be a number, not another variable ({name}).</source>
        <translation>{variable} の値は数でなければなりません（別の変数 {name} は使えません）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="351"/>
        <source>The exponent must be a constant, but {name} is a variable.</source>
        <translation>指数は定数でなければなりませんが、{name} は変数です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="352"/>
        <source>log needs a positive number, got {value}.</source>
        <translation>log には正の数が必要ですが、{value} でした。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="353"/>
        <source>Division by zero.</source>
        <translation>0 で割っています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="354"/>
        <source>A negative number ({base}) cannot be raised to a non-integer power ({exponent}).</source>
        <translation>負の数（{base}）を整数でない指数（{exponent}）でべき乗することはできません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="355"/>
        <source>0 to the power {exponent} has no finite derivative.</source>
        <translation>0 の {exponent} 乗は微分が有限になりません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="356"/>
        <source>The expression is nested too deeply.</source>
        <translation>式の入れ子が深すぎます。</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <location filename="../../playground/guard.py" line="53"/>
        <source>Part of the window could not be drawn or updated, so it was skipped; everything you set is kept. Details: {path}</source>
        <extracomment>The same place reports again only after this many seconds (a paint runs 30×/s).</extracomment>
        <translation>ウィンドウの一部を描画または更新できなかったため、その部分を飛ばしました。設定した内容はすべてそのままです。詳細: {path}</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <location filename="runtime_strings.py" line="159"/>
        <source>it is not UTF-8 text</source>
        <extracomment>``JsonTextError`` templates of ``playground/json_text.py``.</extracomment>
        <translation>UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="160"/>
        <source>its lists or objects are nested too deeply</source>
        <translation>リストやオブジェクトの入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="161"/>
        <source>line {line}, column {column}: not valid JSON ({reason})</source>
        <translation>{line} 行 {column} 列: 正しい JSON ではありません（{reason}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="162"/>
        <source>{key} is given twice in one object</source>
        <translation>{key} が 1 つのオブジェクトの中で 2 回指定されています。</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../playground/lessons/fields.py" line="61"/>
        <source>lesson {number}</source>
        <extracomment>What an objectName or a view name looks like.</extracomment>
        <translation>レッスン {number}</translation>
    </message>
    <message>
        <location filename="../../playground/lessons/fields.py" line="63"/>
        <source>step {number}</source>
        <translation>ステップ {number}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="364"/>
        <source>must be an object, got {kind}</source>
        <extracomment>``LessonError`` templates of ``playground/lessons/*.py`` (context ``&quot;lessons&quot;``), including the ones handed to ``fields.exactly_one`` as its ``template`` argument; the lessons panel shows them with ``translated_message``.</extracomment>
        <translation>オブジェクトでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="365"/>
        <source>unknown field {name} (known: {known})</source>
        <translation>{name} という項目はありません（使える項目: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="366"/>
        <source>must be a list, got {kind}</source>
        <translation>リストでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="367"/>
        <source>needs at least {lo} item(s), got {count}</source>
        <translation>要素が {lo} 個以上必要です（{count} 個あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="368"/>
        <source>takes at most {hi} items, got {count}</source>
        <translation>要素は {hi} 個までです（{count} 個あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="369"/>
        <source>must be a number, got {value}</source>
        <translation>数値でなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="370"/>
        <source>must be between {lo} and {hi}, got {value}</source>
        <translation>{lo} から {hi} までの値でなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="371"/>
        <source>must be a whole number, got {value}</source>
        <translation>整数でなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="372"/>
        <source>must be {lo}…{hi}, got {value}</source>
        <translation>{lo}〜{hi} でなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="373"/>
        <source>must be true, got {value}</source>
        <translation>true でなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="374"/>
        <source>must be one of {choices}, got {value}</source>
        <translation>{choices} のどれかでなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="375"/>
        <source>must be a name like playButton, got {value}</source>
        <translation>playButton のような名前でなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="376"/>
        <source>unknown view {value} (known: {known})</source>
        <translation>{value} というビューはありません（使えるビュー: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="378"/>
        <source>too large for a lesson ({size} bytes, at most {max})</source>
        <translation>レッスンとしては大きすぎます（{size} バイト、上限は {max} バイト）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="379"/>
        <source>could not be read: {reason}</source>
        <translation>読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="380"/>
        <source>a lesson must be a JSON object, got {kind}</source>
        <translation>レッスンは JSON のオブジェクトでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="381"/>
        <source>must be {expected}: this is not an nn-playground lesson</source>
        <translation>{expected} でなければなりません。nn-playground のレッスンではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="382"/>
        <source>this lesson is version {version}, newer than this nn-playground reads (up to {supported}); update nn-playground to open it</source>
        <translation>このレッスンはバージョン {version} で、この nn-playground が読めるもの（バージョン {supported} まで）より新しいものです。開くには nn-playground を更新してください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="383"/>
        <source>is missing</source>
        <translation>この項目がありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="384"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="385"/>
        <source>is missing: say what to do</source>
        <translation>この項目がありません。やることを書いてください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="386"/>
        <source>a step with a check needs its solution in show_me</source>
        <translation>check のあるステップには、show_me にその解き方が必要です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="387"/>
        <source>give the text in at least one of {languages}</source>
        <translation>{languages} のうち少なくとも 1 つの言語でテキストを書いてください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="388"/>
        <source>must be text, got {value}</source>
        <translation>テキストでなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="389"/>
        <source>is too long ({count} characters, at most {max})</source>
        <translation>長すぎます（{count} 文字、上限は {max} 文字）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="391"/>
        <source>an action is exactly one of {names} (found {count})</source>
        <translation>アクションは {names} のどれか 1 つだけで書いてください（{count} 個あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="392"/>
        <source>unknown field {name} beside {kind}</source>
        <translation>{kind} と一緒に使えない項目 {name} があります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="393"/>
        <source>name at least one setting</source>
        <translation>設定を 1 つ以上書いてください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="394"/>
        <source>unknown setting (known: {known})</source>
        <translation>不明な設定です（使える設定: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="395"/>
        <source>one activation per hidden layer is needed (hidden layers: {layers}, activations: {count})</source>
        <translation>中間層ごとに活性化関数が 1 つずつ必要です（中間層: {layers} 層、活性化関数: {count} 個）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="396"/>
        <source>index is missing</source>
        <translation>index がありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="397"/>
        <source>select exactly one of {names} (found {count})</source>
        <translation>{names} のどれか 1 つだけを選んでください（{count} 個あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="398"/>
        <source>say at least one of {names}</source>
        <translation>{names} のうち 1 つ以上を書いてください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="400"/>
        <source>say what to check with exactly one of {names} (found {count})</source>
        <translation>何を確かめるかを {names} のどれか 1 つだけで書いてください（{count} 個あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="401"/>
        <source>compare with exactly one of {names} (found {count})</source>
        <translation>比べ方を {names} のどれか 1 つだけで書いてください（{count} 個あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="402"/>
        <source>test the setting with exactly one of {names} (found {count})</source>
        <translation>設定の確かめ方を {names} のどれか 1 つだけで書いてください（{count} 個あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="403"/>
        <source>{setting} is not a number: use equals</source>
        <translation>{setting} は数値ではありません。equals を使ってください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="404"/>
        <source>{setting} is not a list: use equals</source>
        <translation>{setting} はリストではありません。equals を使ってください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="405"/>
        <source>say at least one of computes, target, mode</source>
        <translation>computes、target、mode のうち 1 つ以上を書いてください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="406"/>
        <source>checks nest at most {max} deep</source>
        <translation>check の入れ子は {max} 段までです。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="411"/>
        <source>an object</source>
        <extracomment>``Phrase`` words of ``playground/lessons/fields.py`` (the kind of a JSON value).</extracomment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="412"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="413"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="414"/>
        <source>true or false</source>
        <translation>true か false</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="415"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="416"/>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../playground/messages.py" line="18"/>
        <source>The loss became NaN (not a number) at epoch {epoch}, step {step}.</source>
        <translation>エポック {epoch}、ステップ {step} で損失が NaN（非数）になりました。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="22"/>
        <source>The loss became infinite at epoch {epoch}, step {step}.</source>
        <translation>エポック {epoch}、ステップ {step} で損失が無限大になりました。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="26"/>
        <source>The loss shot up more than a million-fold at epoch {epoch}, step {step}.</source>
        <translation>エポック {epoch}、ステップ {step} で損失が 100 万倍以上に跳ね上がりました。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="31"/>
        <source>The weights became NaN or infinite at epoch {epoch}, step {step}.</source>
        <translation>エポック {epoch}、ステップ {step} で重みが NaN または無限大になりました。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="40"/>
        <source>It happened before any update: try another weight initialisation.</source>
        <translation>重みを一度も更新しないうちに起きました。別の重みの初期値を試してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="44"/>
        <source>The learning rate η = {lr:g} is probably too high: the very first step overshot and the weights blew up. The starting weights were put back. Lower the learning rate, then press Reset.</source>
        <translation>学習率 η = {lr:g} が大きすぎるようです。最初のステップで行き過ぎて、重みが発散しました。重みは最初の値に戻しました。学習率を下げてから「リセット」を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="51"/>
        <source>The learning rate η = {lr:g} is probably too high: each step overshoots and the weights blow up. The weights were put back to those after step {restored}. Lower the learning rate, then press Reset.</source>
        <translation>学習率 η = {lr:g} が大きすぎるようです。1 ステップごとに行き過ぎて、重みが発散しています。重みはステップ {restored} の後の値に戻しました。学習率を下げてから「リセット」を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="57"/>
        <source>Training stopped. {reason} {advice}</source>
        <translation>学習が止まりました。{reason}{advice}</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="65"/>
        <source>The training process could not start. Press Reset to try again.</source>
        <translation>学習用のプロセスを開始できませんでした。「リセット」を押して、もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="68"/>
        <source>Something went wrong while training, so training paused. Your settings and network are kept; press Play to go on or Reset to start again.</source>
        <translation>学習中に問題が起きたため、学習を一時停止しました。設定とネットワークはそのままです。「再生」で続けるか、「リセット」でやり直してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="77"/>
        <source>The training process stopped answering and was stopped. Press Play or Reset to start a new one with your settings.</source>
        <translation>学習用のプロセスが応答しなくなったため、停止しました。「再生」か「リセット」を押すと、今の設定で新しいプロセスを始めます。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="81"/>
        <source>The training process ended unexpectedly. Press Play or Reset to start a new one with your settings.</source>
        <translation>学習用のプロセスが予期せず終了しました。「再生」か「リセット」を押すと、今の設定で新しいプロセスを始めます。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="89"/>
        <source>That change could not be applied ({reason}); the previous settings are back.</source>
        <translation>その変更は適用できませんでした（{reason}）。元の設定に戻しました。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="96"/>
        <source>The test loss has stayed above twice its starting value for a while: the learning rate η = {lr:g} may be too high, so each step overshoots. Try a smaller one.</source>
        <translation>テストデータの損失が、しばらく最初の値の 2 倍を超えたままです。学習率 η = {lr:g} が大きすぎて、1 ステップごとに行き過ぎているのかもしれません。もっと小さい値を試してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="103"/>
        <source>Batch size {batch} is more than the {n} training points: each step uses all {n} of them.</source>
        <translation>バッチサイズ {batch} は訓練データの点数 {n} より大きいため、各ステップで {n} 点すべてを使います。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="111"/>
        <source>Details: {path}</source>
        <translation>詳細: {path}</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="116"/>
        <source>The picked point is not in the new data, so nothing is picked now. Click the plane to pick another.</source>
        <translation>選んでいた点は新しいデータにないため、選択を解除しました。平面をクリックして別の点を選んでください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="123"/>
        <source>A weight or bias must be a number between −{limit:g} and {limit:g}; {value} was not set.</source>
        <translation>重みやバイアスは −{limit:g} から {limit:g} までの数値でなければなりません。{value} は設定しませんでした。</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="runtime_strings.py" line="60"/>
        <source>Circle: a ring needs a curved boundary</source>
        <extracomment>``&quot;title&quot;`` of every ``resources/presets/*.json``.</extracomment>
        <translation>円: 輪を分けるには曲がった境界が必要</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="61"/>
        <source>Regression: six gaussian bumps</source>
        <translation>回帰: ガウス分布の 6 つの山</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="62"/>
        <source>Spiral: deep network with all features</source>
        <translation>渦巻き: すべての特徴量を使う深いネットワーク</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="63"/>
        <source>Three-armed spiral with softmax</source>
        <translation>3 本腕の渦巻きとソフトマックス関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="64"/>
        <source>XOR with two hidden layers</source>
        <translation>中間層 2 層で解く XOR</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="150"/>
        <source>no preset named {name}; there are no presets</source>
        <extracomment>``PresetError`` templates of ``playground/presets.py``.</extracomment>
        <translation>{name} という名前のプリセットはありません（プリセットが 1 つもありません）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="151"/>
        <source>no preset named {name} (known: {known})</source>
        <translation>{name} という名前のプリセットはありません（あるのは {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="152"/>
        <source>preset {name} is too large ({size} bytes)</source>
        <translation>プリセット {name} が大きすぎます（{size} バイト）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="153"/>
        <source>preset {name} could not be read: {reason}</source>
        <translation>プリセット {name} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="154"/>
        <source>preset {name}: {reason}</source>
        <translation>プリセット {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="runtime_strings.py" line="71"/>
        <source>dataset</source>
        <extracomment>``SettingSpec.name`` of every setting (``settings.SETTING_NAMES``; they fill ``{setting}``), then ``SettingSpec.item_name`` of the list settings (``settings.ITEM_NAMES``; they fill ``{item}``).</extracomment>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="72"/>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="73"/>
        <source>ratio of training data</source>
        <translation>訓練データの割合</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="74"/>
        <source>number of classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="75"/>
        <source>data seed</source>
        <translation>データの乱数シード</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="76"/>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="77"/>
        <source>input features</source>
        <translation>入力の特徴量</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="78"/>
        <source>hidden layers</source>
        <translation>中間層</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="79"/>
        <source>activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="80"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="81"/>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="82"/>
        <source>regularization</source>
        <translation>正則化</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="83"/>
        <source>regularization rate</source>
        <translation>正則化の強さ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="84"/>
        <source>weight initialization</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="85"/>
        <source>initialization seed</source>
        <translation>重みの初期値の乱数シード</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="86"/>
        <source>speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="87"/>
        <source>show test data</source>
        <translation>テストデータの表示</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="88"/>
        <source>discretize output</source>
        <translation>出力の離散化</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="89"/>
        <source>log scale of the loss</source>
        <translation>損失の対数目盛</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="90"/>
        <source>loss per minibatch step</source>
        <translation>ミニバッチのステップごとの損失</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="91"/>
        <source>input feature</source>
        <translation>入力の特徴量</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="92"/>
        <source>neurons per layer</source>
        <translation>1 層あたりのニューロン数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="93"/>
        <source>activation function</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="98"/>
        <source>Which points the network learns to separate, or for regression to predict. Each picture shows the dataset&apos;s points.</source>
        <extracomment>``SettingSpec.tip`` of every setting (``settings.SETTING_TIPS``).</extracomment>
        <translation>ネットワークが学習で分ける点（回帰では予測する点）。それぞれの絵はデータセットの点を表しています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="99"/>
        <source>Noise: blurs the data (flips labels near the boundary, or jitters points). A perfect fit to noisy data is overfitting.</source>
        <translation>ノイズ: データをぼかします（境界近くのラベルを入れ替えたり、点の位置を揺らしたりします）。ノイズを含むデータに完璧に合わせるのは過学習です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="100"/>
        <source>Share of the points used for training; the rest are test points the network never learns from, to show how well it generalises.</source>
        <translation>学習に使う点の割合。残りはネットワークが学習に使わないテストデータで、汎化性能（未知のデータへの強さ）を確かめるのに使います。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="101"/>
        <source>Number of classes (colours) in this dataset. The output layer gets one neuron per class; softmax turns their scores into probabilities.</source>
        <translation>このデータセットのクラス（色）の数。出力層にはクラスごとに 1 つのニューロンがあり、ソフトマックス関数がそのスコアを確率に変えます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="102"/>
        <source>Seed of the random points: the same seed gives the same points, so a session can be reproduced. Changing it draws new data for the same network; Regenerate picks the next seed.</source>
        <translation>ランダムな点を作る乱数シード。同じシードからは同じ点が作られるので、同じ状況を再現できます。変更すると、ネットワークはそのままで新しいデータを作ります。「再生成」は次のシードを選びます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="103"/>
        <source>Batch size: how many training points each gradient step averages over. Small batches give noisy, cheap steps; large ones smooth but slow steps. Changing it keeps the network.</source>
        <translation>バッチサイズ: 勾配法の 1 ステップで平均をとる訓練データの数。小さいと軽いがばらつきの大きいステップに、大きいと滑らかだが重いステップになります。変更してもネットワークはそのままです。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="104"/>
        <source>Which properties do you want to feed in?</source>
        <translation>どの特徴量を入力しますか？</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="105"/>
        <source>Hidden layers and their neurons. Each neuron computes a = Σ xᵢwᵢ + b and passes on y = h(a); more neurons and more layers can draw more complex boundaries.</source>
        <translation>中間層とそのニューロン。各ニューロンは a = Σ xᵢwᵢ + b を計算し、y = h(a) を次の層へ渡します。ニューロンや層が多いほど複雑な境界を描けます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="106"/>
        <source>Activation function h of each hidden layer: the non-linearity applied to each neuron&apos;s a. Without one, stacked layers collapse into a single straight-line model.</source>
        <translation>各中間層の活性化関数 h: 各ニューロンの a にかける非線形な関数。これがないと、層を重ねても 1 つの直線的なモデルにまとまってしまいます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="107"/>
        <source>Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too small and the loss falls slowly; too large and it jumps around or blows up to NaN. Changing it keeps the network. Pick a value or type one, e.g. 0.05.</source>
        <translation>学習率 η: 勾配法で 1 回に進む大きさ（W ← W − η·∂L/∂W）。小さすぎると損失はゆっくりとしか下がらず、大きすぎると跳ね回ったり NaN に発散したりします。変更してもネットワークはそのままです。値を選ぶか、0.05 のように入力してください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="108"/>
        <source>Optimizer: how each gradient is turned into a weight update. Plain SGD steps straight downhill; the others remember past gradients or scale each step.</source>
        <translation>最適化手法: 勾配から重みの更新量をどう決めるか。素の SGD は坂をまっすぐ下り、ほかの手法は過去の勾配を覚えていたり、一歩ごとの大きさを調整したりします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="109"/>
        <source>Regularization: adds a penalty for large weights to the loss, which discourages over-complicated boundaries (overfitting). Biases are not penalised.</source>
        <translation>正則化: 大きな重みへのペナルティを損失に加え、複雑すぎる境界（過学習）を抑えます。バイアスにはペナルティをかけません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="110"/>
        <source>Regularization rate λ: how strongly large weights are penalised. 0 turns the penalty off; too large and every weight is squeezed toward 0 (underfitting).</source>
        <translation>正則化の強さ λ: 大きな重みにどれだけ強くペナルティをかけるか。0 ならペナルティなし、大きすぎるとすべての重みが 0 に押しつぶされます（学習不足）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="111"/>
        <source>Initial random weights, used at every reset. Xavier (std √(1/n)) suits tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all neurons start nearly alike. Changing it resets the network.</source>
        <translation>リセットのたびに使うランダムな重みの初期値。Xavier（標準偏差 √(1/n)）は tanh と sigmoid に、He（標準偏差 √(2/n)）は ReLU に向いています。小さな固定の標準偏差では、すべてのニューロンがほぼ同じ状態から始まります。変更するとネットワークはリセットされます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="112"/>
        <source>Seed of the initial random weights: the same seed gives the same starting network. Reset moves to the next seed, so each reset draws new weights.</source>
        <translation>重みの初期値を作る乱数シード。同じシードからは同じ初期状態のネットワークが作られます。「リセット」は次のシードに進むので、リセットのたびに新しい重みになります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="113"/>
        <source>How fast to train. Slow speeds let you watch each update; one epoch per frame is TensorFlow Playground&apos;s pace; &apos;max&apos; trains as fast as this computer can.</source>
        <translation>学習の速さ。遅くすると更新を 1 回ずつ観察できます。「1 エポック/フレーム」は TensorFlow Playground と同じ速さで、「最大」ではこのコンピュータで出せる最高の速さで学習します。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="114"/>
        <source>Draw the held-out test points (hollow markers) on the boundary.</source>
        <translation>学習に使わないテストデータ（白抜きの点）を決定境界の上に描きます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="115"/>
        <source>Colour each region by its winning class only, without confidence shading.</source>
        <translation>各領域を勝ったクラスの色だけで塗り、確信度による濃淡をつけません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="116"/>
        <source>Plot the loss on a logarithmic axis, to see small late improvements.</source>
        <translation>損失を対数軸で描き、終盤の小さな改善も見えるようにします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="117"/>
        <source>Plot the loss of every minibatch step (the book&apos;s iterations axis) instead of the whole-set loss after each epoch.</source>
        <translation>各エポックの後のデータ全体に対する損失の代わりに、ミニバッチの各ステップの損失を描きます（本の「イテレーション」の軸）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="122"/>
        <source>2 steps/s</source>
        <extracomment>``SpeedLevel.label`` of every level of ``setting_specs.SPEED_LEVELS``.</extracomment>
        <translation>2 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="123"/>
        <source>10 steps/s</source>
        <translation>10 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="124"/>
        <source>50 steps/s</source>
        <translation>50 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="125"/>
        <source>250 steps/s</source>
        <translation>250 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="126"/>
        <source>1000 steps/s</source>
        <translation>1000 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="127"/>
        <source>1 epoch per frame</source>
        <translation>1 エポック/フレーム</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="128"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="134"/>
        <source>unknown {setting} {value} (choose from {choices})</source>
        <translation>{value} という{setting}はありません（選べるのは {choices}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="136"/>
        <source>{setting} must be {lo}…{hi}, got {value}</source>
        <translation>{setting}は {lo}〜{hi} で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="138"/>
        <source>{setting} must be a number in ({lo}, {hi}], got {value}</source>
        <translation>{setting}は {lo} より大きく {hi} 以下の数値で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="141"/>
        <source>at most {max} {setting}, got {count}</source>
        <translation>{setting}は {max} 個までです（指定された数: {count}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="142"/>
        <source>pick at least one {item}</source>
        <translation>{item}を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="143"/>
        <source>{setting} {value} is listed twice</source>
        <translation>{setting} {value} が 2 回指定されています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="144"/>
        <source>one activation per hidden layer is needed (hidden layers: {layers}, activations: {count})</source>
        <translation>中間層ごとに活性化関数が 1 つずつ必要です（中間層: {layers} 層、活性化関数: {count} 個）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="145"/>
        <source>unknown setting(s): {names}</source>
        <translation>不明な設定です: {names}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="140"/>
        <source>{setting} must be a list, got {value}</source>
        <translation>{setting}はリストで指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="137"/>
        <source>{setting} must be a number, got {value}</source>
        <translation>{setting}は数値で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="135"/>
        <source>{setting} must be a whole number, got {value}</source>
        <translation>{setting}は整数で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="133"/>
        <source>{setting} must be true or false, got {value}</source>
        <extracomment>``SettingError`` templates of ``playground/settings.py``.</extracomment>
        <translation>{setting}は true か false で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="139"/>
        <source>{setting} must be between {lo} and {hi}, got {value}</source>
        <translation>{setting}は {lo} から {hi} までの値で指定してください（指定された値: {value}）。</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="runtime_strings.py" line="167"/>
        <source>{source} is too large for a setup ({size} bytes, at most {max})</source>
        <extracomment>``SetupError`` templates of ``playground/setup_format.py``.</extracomment>
        <translation>{source} は設定ファイルとしては大きすぎます（{size} バイト、上限は {max} バイト）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="168"/>
        <source>could not read {source}: {reason}</source>
        <translation>{source} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="169"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="171"/>
        <source>a setup must be at most {max} characters, got {size}</source>
        <translation>設定ファイルは {max} 文字以内でなければなりません（{size} 文字あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="170"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="172"/>
        <source>a setup must be a JSON object, got {kind}</source>
        <translation>設定ファイルは JSON のオブジェクトでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="173"/>
        <source>{field} is missing: this is not an nn-playground setup</source>
        <translation>{field} がありません。nn-playground の設定ファイルではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="174"/>
        <source>{field} must be {expected}, got {value}: this is not an nn-playground setup</source>
        <translation>{field} は {expected} でなければなりません（指定された値: {value}）。nn-playground の設定ファイルではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="175"/>
        <source>{field} is missing</source>
        <translation>{field} がありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="176"/>
        <source>{field} must be a whole number from 1, got {value}</source>
        <translation>{field} は 1 以上の整数でなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="177"/>
        <source>this setup is version {version}, newer than this nn-playground reads (up to {supported}); update nn-playground to open it</source>
        <translation>この設定ファイルはバージョン {version} で、この nn-playground が読めるもの（バージョン {supported} まで）より新しいものです。開くには nn-playground を更新してください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="178"/>
        <source>{field}: unknown field (known: {known})</source>
        <translation>{field}: 不明な項目です（使える項目: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="179"/>
        <source>{field} must be text, got {kind}</source>
        <translation>{field} はテキストでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="180"/>
        <source>{field} must be a JSON object, got {kind}</source>
        <translation>{field} は JSON のオブジェクトでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="181"/>
        <source>{field}: unknown setting (known: {known})</source>
        <translation>{field}: 不明な設定です（使える設定: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="182"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="183"/>
        <source>{field} must be a list, got {kind}</source>
        <translation>{field} はリストでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="184"/>
        <source>{field}: unknown view {value} (known: {known})</source>
        <translation>{field}: {value} というビューはありません（使えるビュー: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="185"/>
        <source>{field}: {value} is not a view name</source>
        <translation>{field}: {value} はビューの名前ではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="186"/>
        <source>{field}: view {value} is listed twice</source>
        <translation>{field}: ビュー {value} が 2 回指定されています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="191"/>
        <source>an object</source>
        <extracomment>``Phrase`` words of ``playground/setup_format.py`` (the kind of a JSON value).</extracomment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="192"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="193"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="194"/>
        <source>true or false</source>
        <translation>true か false</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="195"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="196"/>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../playground/shortcuts.py" line="41"/>
        <source>&amp;Play / pause</source>
        <translation>再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="42"/>
        <source>Step one &amp;batch</source>
        <translation>ミニバッチ 1 つ分進める(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="43"/>
        <source>Step one &amp;epoch</source>
        <translation>1 エポック進める(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="44"/>
        <source>&amp;Reset (new random weights)</source>
        <translation>リセット(&amp;R)（新しいランダムな重み）</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="45"/>
        <source>&amp;Undo the last weight edit</source>
        <translation>最後の重みの編集を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="46"/>
        <source>&amp;Faster</source>
        <translation>速く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="47"/>
        <source>&amp;Slower</source>
        <translation>遅く(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="49"/>
        <source>&amp;Projector mode (large text, thick lines)</source>
        <translation>プロジェクターモード(&amp;P)（大きな文字、太い線）</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="50"/>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="52"/>
        <source>&amp;Maximise the view under the mouse</source>
        <translation>マウスの下のビューを最大化(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="54"/>
        <source>Reset the &amp;arrangement</source>
        <translation>配置を元に戻す(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="55"/>
        <source>Pic&amp;k tool</source>
        <translation>選択ツール(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="56"/>
        <source>&amp;Draw tool</source>
        <translation>描画ツール(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="57"/>
        <source>&amp;Lessons</source>
        <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="58"/>
        <source>&amp;Next lesson step</source>
        <translation>レッスンの次のステップ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="60"/>
        <source>P&amp;revious lesson step</source>
        <translation>レッスンの前のステップ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="62"/>
        <source>Computational graph: f&amp;orward one node</source>
        <translation>計算グラフ: 1 ノード順伝播(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="64"/>
        <source>Computational graph: &amp;backward one node</source>
        <translation>計算グラフ: 1 ノード逆伝播(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="66"/>
        <source>Computational graph: run &amp;all</source>
        <translation>計算グラフ: すべて計算(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="68"/>
        <source>Computational graph: back to the &amp;start</source>
        <translation>計算グラフ: 最初に戻る(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="70"/>
        <source>Leave the text field (keys control the window)</source>
        <translation>入力欄から抜ける（キーでウィンドウを操作）</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="71"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
</TS>
