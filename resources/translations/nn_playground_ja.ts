<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../playground/window_menus.py" line="108"/>
        <source>WindowMenus</source>
        <comment>&amp;File</comment>
        <extracomment>Commands whose action can be ticked. Keys handled outside QActions (see playground.keyboard): not bound twice.</extracomment>
        <translation>WindowMenus</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="109"/>
        <source>WindowMenus</source>
        <comment>&amp;Presets</comment>
        <translation>WindowMenus</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="110"/>
        <source>WindowMenus</source>
        <comment>&amp;Training</comment>
        <translation>WindowMenus</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="111"/>
        <source>WindowMenus</source>
        <comment>&amp;View</comment>
        <translation>WindowMenus</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="112"/>
        <source>WindowMenus</source>
        <comment>&amp;Views</comment>
        <translation>WindowMenus</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="113"/>
        <source>WindowMenus</source>
        <comment>&amp;Language</comment>
        <translation>WindowMenus</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="115"/>
        <source>shortcuts</source>
        <translation>shortcuts</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="117"/>
        <source>WindowMenus</source>
        <comment>Space</comment>
        <translation>WindowMenus</translation>
    </message>
    <message>
        <location filename="../../playground/window_menus.py" line="122"/>
        <source>presets</source>
        <translation>presets</translation>
    </message>
    <message>
        <location filename="../../playground/views/picked_point.py" line="52"/>
        <source>PickedPoint</source>
        <comment>Training point %1 at %2</comment>
        <extracomment>The probe every number view of a picked point asks for.</extracomment>
        <translation>PickedPoint</translation>
    </message>
    <message>
        <location filename="../../playground/views/picked_point.py" line="54"/>
        <source>PickedPoint</source>
        <comment>Test point %1 at %2</comment>
        <translation>PickedPoint</translation>
    </message>
    <message>
        <location filename="../../playground/views/picked_point.py" line="57"/>
        <source>PickedPoint</source>
        <comment>Location %1</comment>
        <translation>PickedPoint</translation>
    </message>
    <message>
        <location filename="../../playground/views/picked_point.py" line="59"/>
        <source>PickedPoint</source>
        <comment>no target yet</comment>
        <translation>PickedPoint</translation>
    </message>
    <message>
        <location filename="../../playground/views/picked_point.py" line="61"/>
        <source>PickedPoint</source>
        <comment>class %1</comment>
        <translation>PickedPoint</translation>
    </message>
    <message>
        <location filename="../../playground/views/picked_point.py" line="62"/>
        <source>PickedPoint</source>
        <comment>target %1</comment>
        <translation>PickedPoint</translation>
    </message>
</context>
<context>
    <name>ActivationView</name>
    <message>
        <location filename="../../playground/views/activation_view.py" line="125"/>
        <source>Layer:</source>
        <extracomment>Bins of the histogram of a.</extracomment>
        <translation>層:</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="126"/>
        <source>Neuron:</source>
        <translation>ニューロン:</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="127"/>
        <source>Hidden layer</source>
        <translation>中間層</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="128"/>
        <source>Neuron</source>
        <translation>ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="130"/>
        <source>Whose activation function to highlight; follows the neuron selected on the network diagram.</source>
        <translation>どの活性化関数を強調するか。ネットワークの図で選んだニューロンに合わせて切り替わります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="135"/>
        <source>Show %1 and its derivative.</source>
        <translation>%1 とその導関数を表示します。</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="137"/>
        <source>derivatives h′(a) (dashed)</source>
        <translation>導関数 h′(a)（破線）</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="138"/>
        <source>Show the derivatives</source>
        <translation>導関数を表示</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="140"/>
        <source>The slope h′(a) of each function, dashed. Where it is about 0, the gradient through the neuron vanishes and its weights stop learning.</source>
        <translation>各関数の傾き h′(a) を破線で描きます。これがほぼ 0 のところでは、ニューロンを通る勾配が消失し、その重みは学習しなくなります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="142"/>
        <source>Plot of the activation functions</source>
        <translation>活性化関数のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="175"/>
        <source>hidden %1 (%2)</source>
        <translation>中間層 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="237"/>
        <source>This network has no hidden layer, so no activation function acts inside it.</source>
        <translation>このネットワークには中間層がないので、内部で働く活性化関数はありません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="240"/>
        <source>Pick a point to see its a.</source>
        <translation>点を選ぶと、その a が表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="241"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="250"/>
        <source>Neuron %1 of hidden layer %2 for the picked point: a = %3, y = h(a) = %4, h′(a) = %5</source>
        <translation>選んだ点に対する中間層 %2 のニューロン %1: a = %3、y = h(a) = %4、h′(a) = %5</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="253"/>
        <source>With batch normalisation, h acts on the normalised a.</source>
        <translation>Batch Normalization があるので、h は正規化した a にかかります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="255"/>
        <source>(y differs from h(a): the network changed meanwhile.)</source>
        <translation>（y が h(a) と違うのは、その間にネットワークが変わったためです。）</translation>
    </message>
    <message>
        <location filename="../../playground/views/activation_view.py" line="258"/>
        <source>h′(a) ≈ 0 for %1 of this layer&apos;s a over the training data (the histogram behind the curves; its flat part in orange).</source>
        <translation>訓練データに対するこの層の a のうち %1 で h′(a) ≈ 0 です（曲線の後ろのヒストグラム。平らな部分はオレンジ色）。</translation>
    </message>
</context>
<context>
    <name>AffineView</name>
    <message>
        <location filename="../../playground/views/affine_view.py" line="134"/>
        <source>Layer:</source>
        <extracomment>Number views refresh at most this often while training (once more after it stops). The probe of the minibatch, added by the lead (``Trainer.last_batch``).</extracomment>
        <translation>層:</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="135"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="137"/>
        <source>The layer to show; it follows the neuron selected on the network diagram.</source>
        <translation>表示する層。ネットワークの図で選んだニューロンに合わせて切り替わります。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="138"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="139"/>
        <source>the picked point</source>
        <translation>選んだ点</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="140"/>
        <source>the last minibatch</source>
        <translation>直前のミニバッチ</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="141"/>
        <source>Input rows X</source>
        <translation>入力の行 X</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="143"/>
        <source>The rows of X: the point picked on the output map, or every point of the minibatch the last training step used.</source>
        <translation>X の行: 出力マップで選んだ点、または直前の学習ステップが使ったミニバッチのすべての点。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="145"/>
        <location filename="../../playground/views/affine_view.py" line="146"/>
        <source>show ∂L/∂W</source>
        <translation>∂L/∂W を表示</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="148"/>
        <source>Beside W, the gradient of the loss with respect to each weight for the picked point and its label: gradient descent moves each weight by −η × this.</source>
        <translation>W の横に、選んだ点とそのラベルについて、各重みに対する損失の勾配を表示します。勾配法は各重みをこの値の −η 倍だけ動かします。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="150"/>
        <source>Matrices of the layer: X, W, B, A and Y</source>
        <translation>この層の行列: X、W、B、A、Y</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="183"/>
        <source>Not available yet: the minibatch probe is still to come.</source>
        <translation>まだ使えません（ミニバッチを調べる機能は準備中です）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="268"/>
        <source>Pick a point on the output map to see X, A = XW + B and Y.</source>
        <translation>出力マップで点を選ぶと、X、A = XW + B、Y が表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="270"/>
        <source>Take a training step to see its minibatch.</source>
        <translation>学習を 1 ステップ進めると、そのミニバッチが表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="272"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="274"/>
        <source>∂L/∂W needs a picked point with a label (choose its class).</source>
        <translation>∂L/∂W を求めるには、ラベルのある点を選んでください（点のクラスを選びます）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_view.py" line="275"/>
        <source>Hover over a cell of A to see the row of X and the column of W it is made of.</source>
        <translation>A のセルにマウスを重ねると、その値の元になる X の行と W の列が見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="41"/>
        <source>input</source>
        <translation>入力層</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="42"/>
        <location filename="../../playground/views/affine_words.py" line="44"/>
        <source>hidden %1</source>
        <translation>中間層 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="43"/>
        <source>output</source>
        <translation>出力層</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="45"/>
        <source>Layer %1: %2 → %3</source>
        <translation>第 %1 層: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="59"/>
        <source>X (inputs)</source>
        <translation>X（入力）</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="60"/>
        <source>W (weights)</source>
        <translation>W（重み）</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="61"/>
        <source>B (biases)</source>
        <translation>B（バイアス）</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="78"/>
        <source>(N = 1: the picked point)</source>
        <translation>（N = 1: 選んだ点）</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="79"/>
        <source>(N = %1: the minibatch of step %2)</source>
        <translation>（N = %1: ステップ %2 のミニバッチ）</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="86"/>
        <source>feature %1</source>
        <translation>特徴量 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="87"/>
        <source>neuron %1 of hidden layer %2</source>
        <translation>中間層 %2 のニューロン %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="96"/>
        <source>= (the sum of %1 products x × w: %2) + %3 = %4</source>
        <translation>= (%1 個の積 x × w の和: %2) + %3 = %4</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="107"/>
        <source>A[%1, %2] is row %1 of X times column %2 of W, plus B[%2]:</source>
        <translation>A[%1, %2] は X の %1 行目と W の %2 列目の積に B[%2] を足したもの:</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="116"/>
        <source>Y[%1, %2] = %3: softmax turns row %1 of A into probabilities that add up to 1; this is class %4&apos;s.</source>
        <translation>Y[%1, %2] = %3: ソフトマックス関数が A の %1 行目を合計 1 の確率に変えたうちの、クラス %4 の確率です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="122"/>
        <source>X[%1, %2] = %3: %4 of row %1</source>
        <translation>X[%1, %2] = %3: %1 行目の%4</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="125"/>
        <source>W[%1, %2] = %3: the weight from %4 to neuron %2</source>
        <translation>W[%1, %2] = %3: %4 からニューロン %2 への重み</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="131"/>
        <source>B[%1] = %2: the bias of neuron %1</source>
        <translation>B[%1] = %2: ニューロン %1 のバイアス</translation>
    </message>
    <message>
        <location filename="../../playground/views/affine_words.py" line="134"/>
        <source>∂L/∂W[%1, %2] = %3: a step of gradient descent changes W[%1, %2] by −η × %3.</source>
        <translation>∂L/∂W[%1, %2] = %3: 勾配法の 1 ステップで W[%1, %2] は −η × %3 だけ変わります。</translation>
    </message>
</context>
<context>
    <name>BoundaryPanel</name>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="78"/>
        <source>Show test data</source>
        <extracomment>Settings this panel&apos;s check boxes edit (view-only: they never touch training).</extracomment>
        <translation>テストデータを表示</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="80"/>
        <source>Draw the held-out test points (hollow markers) on the boundary.</source>
        <translation>学習に使わないテストデータ（白抜きの点）を決定境界の上に描きます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="81"/>
        <source>Discretize output</source>
        <translation>出力を離散化</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="83"/>
        <source>Colour each region by its winning class only, without confidence shading.</source>
        <translation>各領域を勝ったクラスの色だけで塗り、確信度による濃淡をつけません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="87"/>
        <source>Previous point</source>
        <translation>前の点</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="88"/>
        <source>Pick the previous data point (← when the plane has the focus).</source>
        <translation>前のデータ点を選びます（平面にフォーカスがあるときは ←）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="89"/>
        <source>Next point</source>
        <translation>次の点</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="90"/>
        <source>Pick the next data point (→ when the plane has the focus).</source>
        <translation>次のデータ点を選びます（平面にフォーカスがあるときは →）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="91"/>
        <source>Clear the pick</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_panel.py" line="92"/>
        <source>Pick nothing: the inspectors wait for a point.</source>
        <translation>何も選びません。点を選ぶまで、詳しく見るビューは待機します。</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="102"/>
        <source>Decision boundary</source>
        <extracomment>Coarse neuron grids are interpolated to this side before colouring, so an enlarged neuron map looks smooth instead of like a mosaic.</extracomment>
        <translation>決定境界</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="103"/>
        <source>Decision boundary plot</source>
        <translation>決定境界のプロット</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="281"/>
        <source>The predicted value over the plane</source>
        <translation>平面上の各点での予測値</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="283"/>
        <source>Colour = predicted class</source>
        <translation>色 = 予測したクラス</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="285"/>
        <source>Colour = predicted class, paler = less sure</source>
        <translation>色 = 予測したクラス、淡いほど確信度が低い</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="378"/>
        <source>value %1 … %2</source>
        <translation>値 %1 … %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="383"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="385"/>
        <source>value −1 … +1</source>
        <translation>値 −1 … +1</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="387"/>
        <source>train</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="389"/>
        <source>test</source>
        <translation>テストデータ</translation>
    </message>
</context>
<context>
    <name>ControlsBar</name>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="98"/>
        <location filename="../../playground/panels/controls_bar.py" line="180"/>
        <source>Step %1</source>
        <extracomment>Value labels of the big numbers, with their caption&apos;s English text.</extracomment>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="101"/>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="137"/>
        <source>Reset the network</source>
        <translation>ネットワークをリセット</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="139"/>
        <source>Reset: start again from new random weights; the data stays. Training pauses and the epoch counter goes back to 0.</source>
        <translation>リセット: 新しいランダムな重みから学習をやり直します。データはそのままです。学習は一時停止し、エポック数は 0 に戻ります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="174"/>
        <source>How fast to train. &quot;1 epoch per frame&quot; is TensorFlow Playground&apos;s pace; slow speeds let you watch each update; &apos;max&apos; trains as fast as this computer can.</source>
        <translation>学習の速さ。「1 エポック/フレーム」は TensorFlow Playground と同じ速さです。遅くすると更新を 1 回ずつ観察でき、「最大」ではこのコンピュータで出せる最高の速さで学習します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="279"/>
        <source>Start training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="141"/>
        <source>Train one step</source>
        <translation>1 ステップ学習</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="143"/>
        <source>Step: one gradient-descent update, computed on one minibatch of &apos;batch size&apos; training points (W ← W − η ∂L/∂W).</source>
        <translation>ステップ: 「バッチサイズ」個の訓練データからなるミニバッチ 1 つで勾配を求め、勾配法で重みを 1 回更新します（W ← W − η ∂L/∂W）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="145"/>
        <source>Train one epoch</source>
        <translation>1 エポック学習</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="147"/>
        <source>Epoch: keep stepping until every training point has been used once (training set size ÷ batch size steps).</source>
        <translation>エポック: すべての訓練データを 1 回ずつ使い終わるまでステップを繰り返します（訓練データ数 ÷ バッチサイズ 回）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="152"/>
        <source>Epochs completed: one epoch = every training point seen once.</source>
        <translation>終わったエポックの数。1 エポック = すべての訓練データを 1 回ずつ使うこと。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="153"/>
        <source>Minibatch steps (weight updates) since the last reset.</source>
        <translation>前回のリセットからのミニバッチのステップ数（重みを更新した回数）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="154"/>
        <source>Measured training speed.</source>
        <translation>実測した学習の速さ。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="150"/>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="156"/>
        <source>Training loss</source>
        <translation>訓練の損失</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="157"/>
        <source>Loss on the training points: what gradient descent makes smaller.</source>
        <translation>訓練データに対する損失関数の値。勾配法はこれを小さくしていきます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="158"/>
        <source>Test loss</source>
        <translation>テストの損失</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="159"/>
        <source>Loss on held-out test points the network never trains on. If it rises while the training loss falls, the network is overfitting.</source>
        <translation>学習に使わないテストデータに対する損失。訓練データの損失が下がっているのにこれが上がるなら、過学習が起きています。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="161"/>
        <source>Training accuracy</source>
        <translation>訓練の認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="162"/>
        <source>Share of training points in the right class.</source>
        <translation>正しいクラスに分類された訓練データの割合。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="163"/>
        <source>Test accuracy</source>
        <translation>テストの認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="164"/>
        <source>Share of test points in the right class: how well it generalises.</source>
        <translation>正しいクラスに分類されたテストデータの割合。汎化性能（未知のデータへの強さ）の目安です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="172"/>
        <source>Training speed</source>
        <translation>学習の速さ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="311"/>
        <source>Speed: %1</source>
        <translation>速さ: %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="276"/>
        <source>Pause training</source>
        <translation>学習を一時停止</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="277"/>
        <source>Pause: stop training; the weights are kept.</source>
        <translation>一時停止: 学習を止めます。重みはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="281"/>
        <source>Play: train continuously, one minibatch step after another.</source>
        <translation>再生: ミニバッチ 1 つずつのステップを次々に続けて学習します。</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="231"/>
        <source>Data</source>
        <extracomment>Dataset picker columns: four 50-px buttons fit the 220-px narrowest column. Slider granularity in percent (TensorFlow Playground&apos;s noise step).</extracomment>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="238"/>
        <source>Number of classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="239"/>
        <location filename="../../playground/panels/data_panel.py" line="245"/>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="241"/>
        <source>Batch size: how many training points each gradient step averages over. Small batches give noisy, cheap steps; large ones smooth but slow steps. Changing it keeps the network.</source>
        <translation>バッチサイズ: 勾配法の 1 ステップで平均をとる訓練データの数。小さいと軽いがばらつきの大きいステップに、大きいと滑らかだが重いステップになります。変更してもネットワークはそのままです。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="244"/>
        <source>Classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="247"/>
        <source>Ratio of training to test data</source>
        <translation>訓練データとテストデータの比率</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="248"/>
        <source>Share of the points used for training; the rest are test points the network never learns from, to show how well it generalises.</source>
        <translation>学習に使う点の割合。残りはネットワークが学習に使わないテストデータで、汎化性能（未知のデータへの強さ）を確かめるのに使います。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="250"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="251"/>
        <source>Noise: blurs the data (flips labels near the boundary, or jitters points). A perfect fit to noisy data is overfitting.</source>
        <translation>ノイズ: データをぼかします（境界近くのラベルを入れ替えたり、点の位置を揺らしたりします）。ノイズを含むデータに完璧に合わせるのは過学習です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="259"/>
        <source>Data seed</source>
        <translation>データの乱数シード</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="261"/>
        <source>Seed of the random points: the same seed gives the same points, so a session can be reproduced. Changing it draws new data for the same network; Regenerate picks the next seed.</source>
        <translation>ランダムな点を作る乱数シード。同じシードからは同じ点が作られるので、同じ状況を再現できます。変更すると、ネットワークはそのままで新しいデータを作ります。「再生成」は次のシードを選びます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="264"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="266"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="267"/>
        <source>Regenerate data</source>
        <translation>データを再生成</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="269"/>
        <source>Draw a new sample of the same dataset: picks the next seed. The network keeps its weights, so you can see whether what it learned carries over.</source>
        <translation>同じデータセットから新しいサンプルを作ります（次のシードを選びます）。ネットワークの重みはそのままなので、学習した内容が新しいデータにも通用するかを確かめられます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="232"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="233"/>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="234"/>
        <source>Regression</source>
        <translation>回帰</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="234"/>
        <source>Logic gates</source>
        <translation>論理ゲート</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="281"/>
        <source>Dataset: %1</source>
        <translation>データセット: %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="369"/>
        <source>Number of classes (colours) in this dataset, 2 to %1. The output layer gets one neuron per class; softmax turns their scores into probabilities.</source>
        <translation>このデータセットのクラス（色）の数、2〜%1。出力層にはクラスごとに 1 つのニューロンがあり、ソフトマックス関数がそのスコアを確率に変えます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="373"/>
        <source>Regression predicts a number, not a class.</source>
        <translation>回帰ではクラスではなく数値を予測します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="375"/>
        <source>This dataset has two classes. Pick a multiclass dataset (Spiral, Blobs) to choose more.</source>
        <translation>このデータセットは 2 クラスです。クラスを増やすには多クラスのデータセット（渦巻き、点の塊）を選んでください。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="393"/>
        <source>Noise: %1 %</source>
        <translation>ノイズ: %1 %</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="394"/>
        <source>Training data: %1 %</source>
        <translation>訓練データ: %1 %</translation>
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
    <name>HyperparamsPanel</name>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="207"/>
        <source>Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too small and the loss falls slowly; too large and it jumps around or blows up to NaN. Changing it keeps the network. Pick a value or type one, e.g. 0.05.</source>
        <extracomment>λ set when regularisation is switched on while the rate is still 0. Combo of each catalogue-backed setting: (objectName, catalogue kind, offered keys).</extracomment>
        <translation>学習率 η: 勾配法で 1 回に進む大きさ（W ← W − η·∂L/∂W）。小さすぎると損失はゆっくりとしか下がらず、大きすぎると跳ね回ったり NaN に発散したりします。変更してもネットワークはそのままです。値を選ぶか、0.05 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="224"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="211"/>
        <source>Optimizer: how each gradient is turned into a weight update. Plain SGD steps straight downhill; the others remember past gradients or scale each step.</source>
        <translation>最適化手法: 勾配から重みの更新量をどう決めるか。素の SGD は坂をまっすぐ下り、ほかの手法は過去の勾配を覚えていたり、一歩ごとの大きさを調整したりします。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="224"/>
        <source>Regularization</source>
        <translation>正則化</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="214"/>
        <source>Regularization: adds a penalty for large weights to the loss, which discourages over-complicated boundaries (overfitting). Biases are not penalised.</source>
        <translation>正則化: 大きな重みへのペナルティを損失に加え、複雑すぎる境界（過学習）を抑えます。バイアスにはペナルティをかけません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="217"/>
        <source>Regularization rate λ: how strongly large weights are penalised. 0 turns the penalty off; too large and every weight is squeezed toward 0 (underfitting).</source>
        <translation>正則化の強さ λ: 大きな重みにどれだけ強くペナルティをかけるか。0 ならペナルティなし、大きすぎるとすべての重みが 0 に押しつぶされます（学習不足）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="220"/>
        <source>Initial random weights, used at every reset. Xavier (std √(1/n)) suits tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all neurons start nearly alike. Changing it resets the network.</source>
        <translation>リセットのたびに使うランダムな重みの初期値。Xavier（標準偏差 √(1/n)）は tanh と sigmoid に、He（標準偏差 √(2/n)）は ReLU に向いています。小さな固定の標準偏差では、すべてのニューロンがほぼ同じ状態から始まります。変更するとネットワークはリセットされます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="224"/>
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="225"/>
        <source>Regularization rate λ</source>
        <translation>正則化の強さ λ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="225"/>
        <source>Initialization</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="243"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="246"/>
        <source>regularization rate</source>
        <translation>正則化の強さ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="251"/>
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
        <location filename="../../playground/views/inspector_view.py" line="113"/>
        <location filename="../../playground/views/inspector_view.py" line="132"/>
        <location filename="../../playground/views/inspector_view.py" line="135"/>
        <location filename="../../playground/views/inspector_view.py" line="138"/>
        <location filename="../../playground/views/inspector_view.py" line="142"/>
        <source>Neuron inspector</source>
        <translation>ニューロンの詳細</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="114"/>
        <source>input from</source>
        <translation>入力元</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="114"/>
        <source>input x</source>
        <translation>入力 x</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="114"/>
        <source>weight w</source>
        <translation>重み w</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="115"/>
        <source>x · w</source>
        <translation>x · w</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="117"/>
        <source>Each input x is the output of a neuron of the previous layer for the picked point. Click its name to inspect that neuron.</source>
        <translation>各入力 x は、選んだ点に対する前の層のニューロンの出力です。名前をクリックすると、そのニューロンを詳しく見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="136"/>
        <source>These numbers could not be computed.</source>
        <translation>これらの値を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="138"/>
        <source>Working it out…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="139"/>
        <source>after step %1</source>
        <translation>ステップ %1 の後</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="143"/>
        <source>Select a neuron: click it on the network diagram. Its weighted sum a and its output y for the picked point appear here.</source>
        <translation>ニューロンを選んでください（ネットワークの図でクリックします）。選んだ点に対するそのニューロンの重み付き和 a と出力 y がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="173"/>
        <source>%1 = %2 for this point (%3). An input has no weights of its own: it passes its value to every neuron of the next layer, which multiplies it by its weight w.</source>
        <translation>この点では %1 = %2 です（%3）。入力には自分の重みがありません。値を次の層のすべてのニューロンに渡し、各ニューロンがそれに重み w をかけます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="180"/>
        <source>Batch normalisation is on: it uses the running mean and variance here (evaluation mode), as predictions do.</source>
        <translation>Batch Normalization がオンです。予測のときと同じく、ここでは学習中に蓄積した平均と分散を使います（推論モード）。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="183"/>
        <source>Dropout is on: it switches neurons off only while training; these are evaluation-mode values, every neuron on.</source>
        <translation>Dropout がオンです。ニューロンを消すのは学習中だけなので、ここに示すのはすべてのニューロンを使う推論モードの値です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="194"/>
        <source>1. Weighted sum of the inputs: a = %1 + b</source>
        <translation>1. 入力の重み付き和: a = %1 + b</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="204"/>
        <source>… and %1 more terms</source>
        <translation>… ほか %1 項</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="207"/>
        <source>bias b</source>
        <translation>バイアス b</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="208"/>
        <source>a (the sum)</source>
        <translation>a（和）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="224"/>
        <source>Batch normalisation: z = γ·(a − μ) / √(σ² + ε) + β</source>
        <translation>Batch Normalization: z = γ·(a − μ) / √(σ² + ε) + β</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="234"/>
        <source>2. Output: softmax function y = exp(a) / Σ exp(aᵢ)</source>
        <translation>2. 出力: ソフトマックス関数 y = exp(a) / Σ exp(aᵢ)</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="239"/>
        <source>Softmax uses every output&apos;s score; the largest score is subtracted first so that exp cannot overflow (it cancels out). The curve is y of this class as its own score a changes, the other scores held fixed. The Softmax and loss view shows every step.</source>
        <translation>ソフトマックス関数はすべての出力のスコアを使います。exp があふれないよう、先に最大のスコアを引いておきます（結果は変わりません）。曲線は、ほかのスコアを固定して、このクラス自身のスコア a を変えたときの y です。すべての手順は「ソフトマックス関数と損失」のビューで見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="243"/>
        <source>a (other scores fixed)</source>
        <translation>a（ほかのスコアは固定）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="246"/>
        <source>2. Output: identity function y = a</source>
        <translation>2. 出力: 恒等関数 y = a</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="248"/>
        <source>A regression output passes its weighted sum through unchanged: the prediction is a itself.</source>
        <translation>回帰の出力は重み付き和をそのまま出力します。予測値は a そのものです。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="254"/>
        <source>2. Activation function h: y = h(%1)</source>
        <translation>2. 活性化関数 h: y = h(%1)</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="259"/>
        <source>%1 is this layer&apos;s activation function.</source>
        <translation>%1 がこの層の活性化関数です。</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="276"/>
        <source>Input %1</source>
        <translation>入力 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="279"/>
        <source>Output neuron of class %1</source>
        <translation>クラス %1 の出力ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="280"/>
        <source>Output neuron (predicted value)</source>
        <translation>出力ニューロン（予測値）</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="281"/>
        <source>Hidden layer %1, neuron %2</source>
        <translation>中間層 %1、ニューロン %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/inspector_view.py" line="289"/>
        <source>layer %1, neuron %2</source>
        <translation>層 %1、ニューロン %2</translation>
    </message>
</context>
<context>
    <name>LayerSummaryView</name>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="71"/>
        <source>These numbers could not be computed.</source>
        <translation>これらの値を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="74"/>
        <source>Data run through the network:</source>
        <translation>ネットワークに通すデータ:</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="75"/>
        <source>training points</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="76"/>
        <source>test points</source>
        <translation>テストデータ</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="77"/>
        <source>Which points</source>
        <translation>使うデータ</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="79"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="79"/>
        <source>W shape</source>
        <translation>W の形</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="79"/>
        <source>Parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="79"/>
        <source>Mean |w|</source>
        <translation>|w| の平均</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="80"/>
        <source>Mean |y| (stuck neurons)</source>
        <translation>|y| の平均（固まったニューロン）</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="82"/>
        <source>A stuck neuron gives a flat output on every point (tanh or sigmoid saturated, ReLU dead): its gradient is zero, so its weights stop learning.</source>
        <translation>固まったニューロンは、どの点にも同じ値を出力します（tanh やシグモイド関数が飽和している、ReLU が死んでいる）。勾配が 0 なので、その重みはもう学習しません。</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="93"/>
        <source>output</source>
        <translation>出力層</translation>
    </message>
    <message>
        <location filename="../../playground/views/layer_summary_view.py" line="93"/>
        <source>hidden %1</source>
        <translation>中間層 %1</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <location filename="../../playground/views/loss_panel.py" line="43"/>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_panel.py" line="46"/>
        <source>Plot the loss on a logarithmic axis, to see small late improvements.</source>
        <translation>損失を対数軸で描き、終盤の小さな改善も見えるようにします。</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_panel.py" line="47"/>
        <source>Per step</source>
        <translation>ステップごと</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_panel.py" line="48"/>
        <source>Loss per minibatch step</source>
        <translation>ミニバッチのステップごとの損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_panel.py" line="50"/>
        <source>Plot the loss of every minibatch step (the book&apos;s iterations axis): noisy, because each step sees only a few points. Off: the loss on all the data after each epoch.</source>
        <translation>ミニバッチの各ステップの損失を描きます（本の「イテレーション」の軸）。各ステップは数点しか見ないので、ばらつきます。オフのときは、各エポックの後のすべてのデータに対する損失を描きます。</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../playground/views/loss_view.py" line="107"/>
        <source>Loss and accuracy curves</source>
        <translation>損失と認識精度のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="108"/>
        <source>Loss plot</source>
        <translation>損失のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="109"/>
        <source>Accuracy plot</source>
        <translation>認識精度のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="183"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="184"/>
        <source>minibatch step</source>
        <translation>ミニバッチのステップ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="185"/>
        <location filename="../../playground/views/loss_view.py" line="187"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="186"/>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="317"/>
        <source>No training yet</source>
        <translation>まだ学習していません</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="321"/>
        <source>Training stopped: %1</source>
        <translation>学習が止まりました: %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="325"/>
        <source>minibatch loss</source>
        <translation>ミニバッチの損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="326"/>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="328"/>
        <source>test</source>
        <translation>テスト</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../playground/main_window.py" line="99"/>
        <location filename="../../playground/main_window.py" line="195"/>
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
    <name>NetworkEditor</name>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="188"/>
        <source>Add hidden layer</source>
        <extracomment>Neurons in a freshly added layer (TensorFlow Playground&apos;s choice). Activation of the first layer added to a network with none (TF&apos;s default).</extracomment>
        <translation>中間層を追加</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="192"/>
        <source>Remove hidden layer</source>
        <translation>中間層を削除</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="194"/>
        <source>Remove the last hidden layer. With none left, the inputs feed the output directly: a single-layer model that can only draw straight boundaries.</source>
        <translation>最後の中間層を削除します。中間層がなくなると入力が直接出力層につながり、直線の境界しか引けない単層のモデルになります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="190"/>
        <source>Add a hidden layer (up to %1). Each layer re-describes the data for the next, so deeper networks can bend the boundary more.</source>
        <translation>中間層を追加します（最大 %1 層）。各層はデータを次の層のために表現し直すので、深いネットワークほど境界を大きく曲げられます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="196"/>
        <source>Hidden layers</source>
        <translation>中間層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="239"/>
        <source>Layer %1</source>
        <translation>中間層 %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="240"/>
        <source> neurons</source>
        <translation> ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="242"/>
        <source>Neurons in hidden layer %1</source>
        <translation>中間層 %1 のニューロン数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="244"/>
        <source>How many neurons hidden layer %1 has. Each neuron computes a = Σ xᵢwᵢ + b and passes on y = h(a); more neurons can draw more complex boundaries.</source>
        <translation>中間層 %1 のニューロンの数。各ニューロンは a = Σ xᵢwᵢ + b を計算し、y = h(a) を次の層へ渡します。ニューロンが多いほど複雑な境界を描けます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="248"/>
        <source>Activation function of hidden layer %1</source>
        <translation>中間層 %1 の活性化関数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="250"/>
        <source>Activation function h of hidden layer %1: the non-linearity applied to each neuron&apos;s a. Without one, stacked layers collapse into a single straight-line model.</source>
        <translation>中間層 %1 の活性化関数 h: 各ニューロンの a にかける非線形な関数。これがないと、層を重ねても 1 つの直線的なモデルにまとまってしまいます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="349"/>
        <source>1 hidden layer</source>
        <translation>中間層 1 層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="351"/>
        <source>%1 hidden layers</source>
        <translation>中間層 %1 層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="353"/>
        <source>Output: identity + mean squared error</source>
        <translation>出力: 恒等関数 + 平均二乗誤差</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="355"/>
        <source>Regression: the output neuron passes its value through unchanged, and the loss is the mean squared error ½ · mean of (y − t)² over the points (the ½ makes each point&apos;s gradient simply y − t).</source>
        <translation>回帰: 出力ニューロンは値をそのまま出力し、損失は平均二乗誤差、すなわちすべての点での (y − t)² の平均の ½ です（½ があるので、各点の勾配は単に y − t になります）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="358"/>
        <source>0 hidden layers: linear model</source>
        <translation>中間層なし: 線形モデル</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="359"/>
        <source>it can only fit a flat (linear) function of the features.</source>
        <translation>特徴量の平らな（線形の）関数しか表せません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="362"/>
        <source>Output: softmax + cross-entropy (%1 classes)</source>
        <translation>出力: ソフトマックス関数 + 交差エントロピー誤差（%1 クラス）</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="364"/>
        <source>Classification: one output neuron per class; softmax turns their scores into probabilities that add up to 1, and the cross-entropy loss is −log(probability of the right class).</source>
        <translation>分類: クラスごとに出力ニューロンが 1 つあり、ソフトマックス関数がそのスコアを合計 1 の確率に変えます。損失には交差エントロピー誤差 −log(正解クラスの確率) を使います。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="367"/>
        <source>0 hidden layers: logistic model</source>
        <translation>中間層なし: ロジスティック回帰</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="368"/>
        <source>it can only draw straight boundaries in the features.</source>
        <translation>特徴量の空間で直線の境界しか引けません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="373"/>
        <source>No hidden layer: the inputs feed the output directly, a single-layer model; %1 Press + to add a layer.</source>
        <translation>中間層がありません。入力が直接出力層につながる単層のモデルなので、%1「+」を押すと中間層を追加できます。</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="75"/>
        <source>Selected weight or bias</source>
        <translation>選択した重みまたはバイアス</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="77"/>
        <source>Type a new value and press Enter. On the diagram you can also drag the selected weight up or down, or turn the mouse wheel over it. Ctrl+Z undoes.</source>
        <translation>新しい値を入力して Enter を押してください。図の上でも、選択した重みを上下にドラッグするか、その上でマウスホイールを回すと変えられます。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="86"/>
        <source>bias b of %1</source>
        <translation>%1 のバイアス b</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="88"/>
        <source>weight w from %1 to %2</source>
        <translation>%1 から %2 への重み w</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_panel.py" line="96"/>
        <source>Click a neuron or a connection to select its bias or weight.</source>
        <translation>ニューロンか結合をクリックすると、そのバイアスか重みを選べます。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../playground/views/network_view.py" line="72"/>
        <source>Network diagram</source>
        <extracomment>Thumbnails of big output grids are subsampled to about this side first. Counts from the last paint, for tests and benchmarks. ``painter(p, layout)`` callables drawn over the diagram, in order.</extracomment>
        <translation>ネットワークの図</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="158"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="160"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="207"/>
        <source>No network yet</source>
        <translation>ネットワークはまだありません</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="307"/>
        <source>1 input</source>
        <translation>1 入力</translation>
    </message>
    <message numerus="yes">
        <location filename="../../playground/views/network_view.py" line="307"/>
        <source>%n inputs</source>
        <translation>
            <numerusform>%n 入力</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="308"/>
        <source>features</source>
        <translation>特徴量</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="309"/>
        <source>in</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="312"/>
        <source>1 output</source>
        <translation>1 出力</translation>
    </message>
    <message numerus="yes">
        <location filename="../../playground/views/network_view.py" line="312"/>
        <source>%n outputs</source>
        <translation>
            <numerusform>%n 出力</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="314"/>
        <source>out</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="317"/>
        <source>1 neuron</source>
        <translation>1 ニューロン</translation>
    </message>
    <message numerus="yes">
        <location filename="../../playground/views/network_view.py" line="317"/>
        <source>%n neurons</source>
        <translation>
            <numerusform>%n ニューロン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="405"/>
        <source>bias b = %1</source>
        <translation>バイアス b = %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="412"/>
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
        <location filename="../../playground/views/neuron_maps.py" line="55"/>
        <source>tanh</source>
        <extracomment>Display names of the input features (subscripts and superscripts, like TF). Activations whose output range is fixed, so their maps use fixed levels (a neuron&apos;s colour then means the same thing from frame to frame). Every map uses one colour language: white is 0, blue positive, orange negative (as TF Playground). So sigmoid and step, which are never negative, use −1…1 too, rather than painting an output of 0 full orange.</extracomment>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="56"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="57"/>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="58"/>
        <source>linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="59"/>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="60"/>
        <source>step</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="61"/>
        <source>softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="207"/>
        <source>Input feature %1</source>
        <translation>入力の特徴量 %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="211"/>
        <source>Output: probability of class %1</source>
        <translation>出力: クラス %1 の確率</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="213"/>
        <source>Output: predicted value</source>
        <translation>出力: 予測値</translation>
    </message>
    <message>
        <location filename="../../playground/views/neuron_maps.py" line="216"/>
        <source>Hidden layer %1, neuron %2 (%3)</source>
        <translation>中間層 %1、ニューロン %2（%3）</translation>
    </message>
</context>
<context>
    <name>PickedPoint</name>
    <message>
        <location filename="../../playground/views/picked_point.py" line="67"/>
        <source>Pick a point on the plane (Pick tool): click a data point or any location of the output map, or use the arrow keys there.</source>
        <translation>平面上の点を選んでください（選択ツール）。データ点か出力マップ上の好きな位置をクリックするか、そこで矢印キーを使います。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="306"/>
        <source>Training point %1 at %2</source>
        <extracomment>Texts of ``describe()`` in ``playground/views/picked_point.py``, called through a local alias ``tr = QCoreApplication.translate`` that lupdate cannot follow (same as the menus above).</extracomment>
        <translation>訓練データ %1 番 %2</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="307"/>
        <source>Test point %1 at %2</source>
        <translation>テストデータ %1 番 %2</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="308"/>
        <source>Location %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="309"/>
        <source>no target yet</source>
        <translation>まだ正解がありません</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="310"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="311"/>
        <source>target %1</source>
        <translation>目標値 %1</translation>
    </message>
</context>
<context>
    <name>PlaneTools</name>
    <message>
        <location filename="../../playground/views/plane_tools.py" line="72"/>
        <source>Pick</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane_tools.py" line="73"/>
        <source>Pick (%1): click the plane to pick a point or a location and see what the network computes for it.</source>
        <translation>選択 (%1): 平面をクリックして点や位置を選ぶと、そこでネットワークが何を計算しているかを見られます。</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane_tools.py" line="76"/>
        <source>Draw</source>
        <translation>描画</translation>
    </message>
    <message>
        <location filename="../../playground/views/plane_tools.py" line="77"/>
        <source>Draw (%1): add your own points by clicking. Not available yet: this version cannot add points to a dataset.</source>
        <translation>描画 (%1): クリックして自分で点を追加します。まだ使えません（このバージョンではデータセットに点を追加できません）。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="runtime_strings.py" line="293"/>
        <source>&amp;File</source>
        <extracomment>Menu titles of ``playground/window_menus.py``. ``WindowMenus.retranslate`` calls ``QCoreApplication.translate`` through a local alias ``tr``, which lupdate reads as ``tr(source, disambiguation)`` in no context, so without these the menus stay English in Japanese.</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="294"/>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="295"/>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="296"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="297"/>
        <source>&amp;Views</source>
        <translation>ビュー(&amp;V)</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="298"/>
        <source>&amp;Language</source>
        <translation>言語 / Language(&amp;L)</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="299"/>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="runtime_strings.py" line="191"/>
        <source>Circle</source>
        <extracomment>Every name, short name and tip of ``playground/catalogue.py``.</extracomment>
        <translation>円</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="192"/>
        <source>One class inside a ring of the other. No straight line separates them: add X₁² and X₂², or a hidden layer.</source>
        <translation>一方のクラスがもう一方の輪の内側にあります。直線では分けられません。X₁² と X₂² を加えるか、中間層を追加しましょう。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="193"/>
        <source>Exclusive or</source>
        <translation>排他的論理和（XOR）</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="194"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="195"/>
        <source>Opposite quadrants share a class. Needs X₁X₂ or a hidden layer: a single neuron draws only one straight line.</source>
        <translation>向かい合う象限が同じクラスです。X₁X₂ か中間層が必要です。ニューロン 1 つでは直線を 1 本しか引けません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="196"/>
        <source>Gaussian</source>
        <translation>ガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="197"/>
        <source>Gauss</source>
        <translation>ガウス</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="198"/>
        <source>Two clouds of points: a straight line separates them, so even a network without hidden layers succeeds.</source>
        <translation>2 つの点の雲です。直線で分けられるので、中間層のないネットワークでも学習できます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="199"/>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="200"/>
        <source>Interleaved spiral arms, the hardest set: try several hidden layers, or sin X₁, sin X₂. Supports 2–5 classes.</source>
        <translation>絡み合った渦巻きの腕で、いちばん難しいデータです。中間層をいくつか重ねるか、sin X₁、sin X₂ を試しましょう。2〜5 クラスに対応します。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="201"/>
        <source>Two moons</source>
        <translation>2 つの三日月</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="202"/>
        <source>Moons</source>
        <translation>三日月</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="203"/>
        <source>Two interleaved half circles: a curved boundary.</source>
        <translation>かみ合った 2 つの半円です。境界は曲線になります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="204"/>
        <source>Gaussian blobs</source>
        <translation>ガウス分布のクラスタ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="205"/>
        <source>Blobs</source>
        <translation>点の塊</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="206"/>
        <source>Clusters around a circle, one per class (2–5): softmax with several outputs.</source>
        <translation>円周上に並んだ、クラスごとの点の塊（2〜5 クラス）。出力が複数あるソフトマックス関数を試せます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="207"/>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="208"/>
        <source>Regression: the target rises linearly with X₁ + X₂.</source>
        <translation>回帰: 目標値は X₁ + X₂ に比例して増えます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="209"/>
        <source>Multi Gaussian</source>
        <translation>複数のガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="210"/>
        <source>Bumps</source>
        <translation>山と谷</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="211"/>
        <source>Regression: six positive and negative bumps.</source>
        <translation>回帰: 正と負の 6 つの山。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="212"/>
        <source>AND gate</source>
        <translation>AND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="213"/>
        <source>AND</source>
        <translation>AND</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="214"/>
        <source>The AND truth table (4 points): one neuron is enough.</source>
        <translation>AND の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="215"/>
        <source>OR gate</source>
        <translation>OR ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="216"/>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="217"/>
        <source>The OR truth table (4 points): one neuron is enough.</source>
        <translation>OR の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="218"/>
        <source>NAND gate</source>
        <translation>NAND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="219"/>
        <source>NAND</source>
        <translation>NAND</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="220"/>
        <source>The NAND truth table (4 points): one neuron is enough.</source>
        <translation>NAND の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="221"/>
        <source>XOR gate</source>
        <translation>XOR ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="222"/>
        <source>The XOR truth table (4 points): one neuron cannot do it; XOR = AND(NAND, OR) needs a hidden layer.</source>
        <translation>XOR の真理値表（4 点）。ニューロン 1 つではできません。XOR = AND(NAND, OR) なので中間層が必要です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="224"/>
        <source>X₁</source>
        <translation>X₁</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="225"/>
        <source>X₁: the horizontal coordinate of the point, as it is.</source>
        <translation>X₁: 点の横方向の座標そのもの。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="226"/>
        <source>X₂</source>
        <translation>X₂</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="227"/>
        <source>X₂: the vertical coordinate of the point, as it is.</source>
        <translation>X₂: 点の縦方向の座標そのもの。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="228"/>
        <source>X₁²</source>
        <translation>X₁²</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="229"/>
        <source>X₁²: large on both the left and the right edge. With X₂², one neuron can draw a circle (the Circle dataset).</source>
        <translation>X₁²: 左端でも右端でも大きくなります。X₂² と組み合わせると、ニューロン 1 つで円を描けます（「円」のデータセット）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="230"/>
        <source>X₂²</source>
        <translation>X₂²</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="231"/>
        <source>X₂²: large at both the top and the bottom edge.</source>
        <translation>X₂²: 上端でも下端でも大きくなります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="232"/>
        <source>X₁X₂</source>
        <translation>X₁X₂</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="233"/>
        <source>X₁X₂: positive in two opposite quadrants, negative in the others, which solves XOR with no hidden layer.</source>
        <translation>X₁X₂: 向かい合う 2 つの象限で正、残りで負になります。これがあれば中間層なしで XOR を解けます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="234"/>
        <source>sin X₁</source>
        <translation>sin X₁</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="235"/>
        <source>sin X₁: stripes that repeat left to right; helps with the spiral.</source>
        <translation>sin X₁: 左から右へ繰り返す縞模様。渦巻きに役立ちます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="236"/>
        <source>sin X₂</source>
        <translation>sin X₂</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="237"/>
        <source>sin X₂: stripes that repeat bottom to top.</source>
        <translation>sin X₂: 下から上へ繰り返す縞模様。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="239"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="240"/>
        <source>tanh(a): squashes into −1…1, centred on 0.</source>
        <translation>tanh(a): −1〜1 に押し込みます。0 が中心です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="241"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="242"/>
        <source>ReLU: max(0, a). Fast to train; a neuron whose a stays negative stops learning (&quot;dead&quot;).</source>
        <translation>ReLU: max(0, a)。学習が速い。a が負のままのニューロンは学習しなくなります（「死んだ」ニューロン）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="243"/>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="244"/>
        <source>sigmoid: 1 / (1 + e^−a), squashes into 0…1. Saturates, so gradients vanish in deep networks.</source>
        <translation>シグモイド関数: 1 / (1 + e^−a)、0〜1 に押し込みます。飽和するので、深いネットワークでは勾配が消失します。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="245"/>
        <source>linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="246"/>
        <source>linear: h(a) = a. Layers of linear neurons add up to one linear model.</source>
        <translation>線形（恒等関数）: h(a) = a。線形なニューロンの層をいくら重ねても 1 つの線形モデルになります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="247"/>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="248"/>
        <source>leaky ReLU: a for a &gt; 0, else 0.01·a, so it never quite dies.</source>
        <translation>Leaky ReLU: a &gt; 0 なら a、それ以外は 0.01·a。完全には死にません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="249"/>
        <source>step</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="250"/>
        <source>step: 1 for a &gt; 0, else 0. Its gradient is 0 almost everywhere, so gradient descent cannot train it.</source>
        <translation>ステップ関数: a &gt; 0 なら 1、それ以外は 0。勾配がほとんどどこでも 0 なので、勾配法では学習できません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="252"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="253"/>
        <source>Stochastic gradient descent: W ← W − η·∂L/∂W.</source>
        <translation>確率的勾配降下法: W ← W − η·∂L/∂W。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="254"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="255"/>
        <source>Momentum: builds up speed like a ball rolling downhill, smoothing the zig-zag of SGD (β = 0.9).</source>
        <translation>Momentum: 坂を転がるボールのように勢いをつけ、SGD のジグザグを滑らかにします（β = 0.9）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="256"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="257"/>
        <source>Nesterov: momentum that looks ahead before stepping.</source>
        <translation>Nesterov: 一歩先を見てから進む Momentum。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="258"/>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="259"/>
        <source>AdaGrad: shrinks the step of weights that have already moved a lot.</source>
        <translation>AdaGrad: すでに大きく動いた重みほど更新幅を小さくします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="260"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="261"/>
        <source>RMSprop: like AdaGrad, but forgets old gradients, so steps do not shrink to nothing.</source>
        <translation>RMSprop: AdaGrad に似ていますが、古い勾配を忘れていくので、更新幅が 0 まで縮みません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="262"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="263"/>
        <source>Adam: momentum plus per-weight step sizes; a robust default (try η = 0.001…0.01).</source>
        <translation>Adam: Momentum と重みごとの更新幅の調整を組み合わせた手法。まず試すのに無難な選択です（η = 0.001〜0.01 を試してください）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="265"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="266"/>
        <source>Xavier: normal with std √(1/n_in); for tanh and sigmoid.</source>
        <translation>Xavier: 標準偏差 √(1/n_in) の正規分布。tanh と sigmoid 向け。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="267"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="268"/>
        <source>He: normal with std √(2/n_in); for ReLU.</source>
        <translation>He: 標準偏差 √(2/n_in) の正規分布。ReLU 向け。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="269"/>
        <source>Fixed std 0.01</source>
        <translation>標準偏差 0.01 固定</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="270"/>
        <source>Normal with a fixed std of 0.01: with sigmoid, activations all sit near 0.5 and learning is slow.</source>
        <translation>標準偏差 0.01 固定の正規分布。sigmoid と組み合わせると活性化の値がすべて 0.5 付近に集まり、学習が遅くなります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="271"/>
        <source>Uniform ±0.5</source>
        <translation>一様分布 ±0.5</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="272"/>
        <source>Uniform between −0.5 and +0.5.</source>
        <translation>−0.5〜+0.5 の一様分布。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="274"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="275"/>
        <source>No penalty: the loss is the data loss only.</source>
        <translation>ペナルティなし: 損失はデータに対する損失だけです。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="276"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="277"/>
        <source>L1: adds λ·Σ|W|, pushing unneeded weights to exactly zero.</source>
        <translation>L1: λ·Σ|W| を加え、不要な重みをちょうど 0 にします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="278"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="279"/>
        <source>L2 (weight decay): adds ½λ·ΣW², shrinking all weights a little every step.</source>
        <translation>L2（荷重減衰、Weight decay）: ½λ·ΣW² を加え、毎ステップすべての重みを少しずつ小さくします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="281"/>
        <source>softmax + cross-entropy</source>
        <translation>ソフトマックス関数 + 交差エントロピー誤差</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="282"/>
        <source>softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="283"/>
        <source>Classification: one output neuron per class; softmax turns their scores into probabilities that add up to 1, and the cross-entropy loss is −log(probability of the right class).</source>
        <translation>分類: クラスごとに出力ニューロンが 1 つあり、ソフトマックス関数がそのスコアを合計 1 の確率に変えます。損失には交差エントロピー誤差 −log(正解クラスの確率) を使います。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="284"/>
        <source>identity + mean squared error</source>
        <translation>恒等関数 + 平均二乗誤差</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="285"/>
        <source>Regression: the output neuron passes its value through unchanged, and the loss is the mean squared error ½ · mean of (y − t)² over the points (the ½ makes each point&apos;s gradient simply y − t).</source>
        <translation>回帰: 出力ニューロンは値をそのまま出力し、損失は平均二乗誤差、すなわちすべての点での (y − t)² の平均の ½ です（½ があるので、各点の勾配は単に y − t になります）。</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <location filename="runtime_strings.py" line="38"/>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="39"/>
        <source>Exclusive or</source>
        <translation>排他的論理和（XOR）</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="40"/>
        <source>Gaussian</source>
        <translation>ガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="41"/>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="42"/>
        <source>Two moons</source>
        <translation>2 つの三日月</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="43"/>
        <source>Gaussian blobs</source>
        <translation>ガウス分布のクラスタ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="44"/>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="45"/>
        <source>Multi Gaussian</source>
        <translation>複数のガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="46"/>
        <source>AND gate</source>
        <translation>AND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="47"/>
        <source>OR gate</source>
        <translation>OR ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="48"/>
        <source>NAND gate</source>
        <translation>NAND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="49"/>
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
        <source>Layer as a matrix: Y = XW + B</source>
        <translation>層の行列: Y = XW + B</translation>
    </message>
    <message>
        <location filename="../../playground/views/registry.py" line="65"/>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
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
        <source>The weights became NaN or infinite at epoch {epoch}, step {step}.</source>
        <translation>エポック {epoch}、ステップ {step} で重みが NaN または無限大になりました。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="35"/>
        <source>It happened before any update: try another weight initialisation.</source>
        <translation>重みを一度も更新しないうちに起きました。別の重みの初期値を試してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="39"/>
        <source>The learning rate η = {lr:g} is probably too high: each step overshoots and the weights blow up. The weights were put back to those after step {restored}. Lower the learning rate, then press Reset.</source>
        <translation>学習率 η = {lr:g} が大きすぎるようです。1 ステップごとに行き過ぎて、重みが発散しています。重みはステップ {restored} の後の値に戻しました。学習率を下げてから「リセット」を押してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="45"/>
        <source>Training stopped. {reason} {advice}</source>
        <translation>学習が止まりました。{reason}{advice}</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="53"/>
        <source>The training process could not start. Press Reset to try again.</source>
        <translation>学習用のプロセスを開始できませんでした。「リセット」を押して、もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="56"/>
        <source>Something went wrong while training, so training paused. Your settings and network are kept; press Play to go on or Reset to start again.</source>
        <translation>学習中に問題が起きたため、学習を一時停止しました。設定とネットワークはそのままです。「再生」で続けるか、「リセット」でやり直してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="65"/>
        <source>The training process stopped answering and was stopped. Press Play or Reset to start a new one with your settings.</source>
        <translation>学習用のプロセスが応答しなくなったため、停止しました。「再生」か「リセット」を押すと、今の設定で新しいプロセスを始めます。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="69"/>
        <source>The training process ended unexpectedly. Press Play or Reset to start a new one with your settings.</source>
        <translation>学習用のプロセスが予期せず終了しました。「再生」か「リセット」を押すと、今の設定で新しいプロセスを始めます。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="77"/>
        <source>That change could not be applied ({reason}); the previous settings are back.</source>
        <translation>その変更は適用できませんでした（{reason}）。元の設定に戻しました。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="84"/>
        <source>The test loss has stayed above twice its starting value for a while: the learning rate η = {lr:g} may be too high, so each step overshoots. Try a smaller one.</source>
        <translation>テストデータの損失が、しばらく最初の値の 2 倍を超えたままです。学習率 η = {lr:g} が大きすぎて、1 ステップごとに行き過ぎているのかもしれません。もっと小さい値を試してください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="91"/>
        <source>Batch size {batch} is more than the {n} training points: each step uses all {n} of them.</source>
        <translation>バッチサイズ {batch} は訓練データの点数 {n} より大きいため、各ステップで {n} 点すべてを使います。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="99"/>
        <source>Details: {path}</source>
        <translation>詳細: {path}</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="104"/>
        <source>The picked point is not in the new data, so nothing is picked now. Click the plane to pick another.</source>
        <translation>選んでいた点は新しいデータにないため、選択を解除しました。平面をクリックして別の点を選んでください。</translation>
    </message>
    <message>
        <location filename="../../playground/messages.py" line="111"/>
        <source>A weight or bias must be a number between −{limit:g} and {limit:g}; {value} was not set.</source>
        <translation>重みやバイアスは −{limit:g} から {limit:g} までの数値でなければなりません。{value} は設定しませんでした。</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="runtime_strings.py" line="54"/>
        <source>Circle: a ring needs a curved boundary</source>
        <extracomment>``&quot;title&quot;`` of every ``resources/presets/*.json``.</extracomment>
        <translation>円: 輪を分けるには曲がった境界が必要</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="55"/>
        <source>Regression: six gaussian bumps</source>
        <translation>回帰: ガウス分布の 6 つの山</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="56"/>
        <source>Spiral: deep network with all features</source>
        <translation>渦巻き: すべての特徴量を使う深いネットワーク</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="57"/>
        <source>Three-armed spiral with softmax</source>
        <translation>3 本腕の渦巻きとソフトマックス関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="58"/>
        <source>XOR with two hidden layers</source>
        <translation>中間層 2 層で解く XOR</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="144"/>
        <source>no preset named {name}; there are no presets</source>
        <extracomment>``PresetError`` templates of ``playground/presets.py``.</extracomment>
        <translation>{name} という名前のプリセットはありません（プリセットが 1 つもありません）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="145"/>
        <source>no preset named {name} (known: {known})</source>
        <translation>{name} という名前のプリセットはありません（あるのは {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="146"/>
        <source>preset {name} is too large ({size} bytes)</source>
        <translation>プリセット {name} が大きすぎます（{size} バイト）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="147"/>
        <source>preset {name} could not be read: {reason}</source>
        <translation>プリセット {name} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="148"/>
        <source>preset {name}: {reason}</source>
        <translation>プリセット {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="runtime_strings.py" line="65"/>
        <source>dataset</source>
        <extracomment>``SettingSpec.name`` of every setting (``settings.SETTING_NAMES``; they fill ``{setting}``), then ``SettingSpec.item_name`` of the list settings (``settings.ITEM_NAMES``; they fill ``{item}``).</extracomment>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="66"/>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="67"/>
        <source>ratio of training data</source>
        <translation>訓練データの割合</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="68"/>
        <source>number of classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="69"/>
        <source>data seed</source>
        <translation>データの乱数シード</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="70"/>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="71"/>
        <source>input features</source>
        <translation>入力の特徴量</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="72"/>
        <source>hidden layers</source>
        <translation>中間層</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="73"/>
        <source>activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="74"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="75"/>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="76"/>
        <source>regularization</source>
        <translation>正則化</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="77"/>
        <source>regularization rate</source>
        <translation>正則化の強さ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="78"/>
        <source>weight initialization</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="79"/>
        <source>initialization seed</source>
        <translation>重みの初期値の乱数シード</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="80"/>
        <source>speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="81"/>
        <source>show test data</source>
        <translation>テストデータの表示</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="82"/>
        <source>discretize output</source>
        <translation>出力の離散化</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="83"/>
        <source>log scale of the loss</source>
        <translation>損失の対数目盛</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="84"/>
        <source>loss per minibatch step</source>
        <translation>ミニバッチのステップごとの損失</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="85"/>
        <source>input feature</source>
        <translation>入力の特徴量</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="86"/>
        <source>neurons per layer</source>
        <translation>1 層あたりのニューロン数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="87"/>
        <source>activation function</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="92"/>
        <source>Which points the network learns to separate, or for regression to predict. Each picture shows the dataset&apos;s points.</source>
        <extracomment>``SettingSpec.tip`` of every setting (``settings.SETTING_TIPS``).</extracomment>
        <translation>ネットワークが学習で分ける点（回帰では予測する点）。それぞれの絵はデータセットの点を表しています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="93"/>
        <source>Noise: blurs the data (flips labels near the boundary, or jitters points). A perfect fit to noisy data is overfitting.</source>
        <translation>ノイズ: データをぼかします（境界近くのラベルを入れ替えたり、点の位置を揺らしたりします）。ノイズを含むデータに完璧に合わせるのは過学習です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="94"/>
        <source>Share of the points used for training; the rest are test points the network never learns from, to show how well it generalises.</source>
        <translation>学習に使う点の割合。残りはネットワークが学習に使わないテストデータで、汎化性能（未知のデータへの強さ）を確かめるのに使います。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="95"/>
        <source>Number of classes (colours) in this dataset. The output layer gets one neuron per class; softmax turns their scores into probabilities.</source>
        <translation>このデータセットのクラス（色）の数。出力層にはクラスごとに 1 つのニューロンがあり、ソフトマックス関数がそのスコアを確率に変えます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="96"/>
        <source>Seed of the random points: the same seed gives the same points, so a session can be reproduced. Changing it draws new data for the same network; Regenerate picks the next seed.</source>
        <translation>ランダムな点を作る乱数シード。同じシードからは同じ点が作られるので、同じ状況を再現できます。変更すると、ネットワークはそのままで新しいデータを作ります。「再生成」は次のシードを選びます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="97"/>
        <source>Batch size: how many training points each gradient step averages over. Small batches give noisy, cheap steps; large ones smooth but slow steps. Changing it keeps the network.</source>
        <translation>バッチサイズ: 勾配法の 1 ステップで平均をとる訓練データの数。小さいと軽いがばらつきの大きいステップに、大きいと滑らかだが重いステップになります。変更してもネットワークはそのままです。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="98"/>
        <source>Which properties do you want to feed in?</source>
        <translation>どの特徴量を入力しますか？</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="99"/>
        <source>Hidden layers and their neurons. Each neuron computes a = Σ xᵢwᵢ + b and passes on y = h(a); more neurons and more layers can draw more complex boundaries.</source>
        <translation>中間層とそのニューロン。各ニューロンは a = Σ xᵢwᵢ + b を計算し、y = h(a) を次の層へ渡します。ニューロンや層が多いほど複雑な境界を描けます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="100"/>
        <source>Activation function h of each hidden layer: the non-linearity applied to each neuron&apos;s a. Without one, stacked layers collapse into a single straight-line model.</source>
        <translation>各中間層の活性化関数 h: 各ニューロンの a にかける非線形な関数。これがないと、層を重ねても 1 つの直線的なモデルにまとまってしまいます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="101"/>
        <source>Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too small and the loss falls slowly; too large and it jumps around or blows up to NaN. Changing it keeps the network. Pick a value or type one, e.g. 0.05.</source>
        <translation>学習率 η: 勾配法で 1 回に進む大きさ（W ← W − η·∂L/∂W）。小さすぎると損失はゆっくりとしか下がらず、大きすぎると跳ね回ったり NaN に発散したりします。変更してもネットワークはそのままです。値を選ぶか、0.05 のように入力してください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="102"/>
        <source>Optimizer: how each gradient is turned into a weight update. Plain SGD steps straight downhill; the others remember past gradients or scale each step.</source>
        <translation>最適化手法: 勾配から重みの更新量をどう決めるか。素の SGD は坂をまっすぐ下り、ほかの手法は過去の勾配を覚えていたり、一歩ごとの大きさを調整したりします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="103"/>
        <source>Regularization: adds a penalty for large weights to the loss, which discourages over-complicated boundaries (overfitting). Biases are not penalised.</source>
        <translation>正則化: 大きな重みへのペナルティを損失に加え、複雑すぎる境界（過学習）を抑えます。バイアスにはペナルティをかけません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="104"/>
        <source>Regularization rate λ: how strongly large weights are penalised. 0 turns the penalty off; too large and every weight is squeezed toward 0 (underfitting).</source>
        <translation>正則化の強さ λ: 大きな重みにどれだけ強くペナルティをかけるか。0 ならペナルティなし、大きすぎるとすべての重みが 0 に押しつぶされます（学習不足）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="105"/>
        <source>Initial random weights, used at every reset. Xavier (std √(1/n)) suits tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all neurons start nearly alike. Changing it resets the network.</source>
        <translation>リセットのたびに使うランダムな重みの初期値。Xavier（標準偏差 √(1/n)）は tanh と sigmoid に、He（標準偏差 √(2/n)）は ReLU に向いています。小さな固定の標準偏差では、すべてのニューロンがほぼ同じ状態から始まります。変更するとネットワークはリセットされます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="106"/>
        <source>Seed of the initial random weights: the same seed gives the same starting network. Reset moves to the next seed, so each reset draws new weights.</source>
        <translation>重みの初期値を作る乱数シード。同じシードからは同じ初期状態のネットワークが作られます。「リセット」は次のシードに進むので、リセットのたびに新しい重みになります。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="107"/>
        <source>How fast to train. Slow speeds let you watch each update; one epoch per frame is TensorFlow Playground&apos;s pace; &apos;max&apos; trains as fast as this computer can.</source>
        <translation>学習の速さ。遅くすると更新を 1 回ずつ観察できます。「1 エポック/フレーム」は TensorFlow Playground と同じ速さで、「最大」ではこのコンピュータで出せる最高の速さで学習します。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="108"/>
        <source>Draw the held-out test points (hollow markers) on the boundary.</source>
        <translation>学習に使わないテストデータ（白抜きの点）を決定境界の上に描きます。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="109"/>
        <source>Colour each region by its winning class only, without confidence shading.</source>
        <translation>各領域を勝ったクラスの色だけで塗り、確信度による濃淡をつけません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="110"/>
        <source>Plot the loss on a logarithmic axis, to see small late improvements.</source>
        <translation>損失を対数軸で描き、終盤の小さな改善も見えるようにします。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="111"/>
        <source>Plot the loss of every minibatch step (the book&apos;s iterations axis) instead of the whole-set loss after each epoch.</source>
        <translation>各エポックの後のデータ全体に対する損失の代わりに、ミニバッチの各ステップの損失を描きます（本の「イテレーション」の軸）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="116"/>
        <source>2 steps/s</source>
        <extracomment>``SpeedLevel.label`` of every level of ``setting_specs.SPEED_LEVELS``.</extracomment>
        <translation>2 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="117"/>
        <source>10 steps/s</source>
        <translation>10 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="118"/>
        <source>50 steps/s</source>
        <translation>50 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="119"/>
        <source>250 steps/s</source>
        <translation>250 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="120"/>
        <source>1000 steps/s</source>
        <translation>1000 ステップ/秒</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="121"/>
        <source>1 epoch per frame</source>
        <translation>1 エポック/フレーム</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="122"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="128"/>
        <source>unknown {setting} {value} (choose from {choices})</source>
        <translation>{value} という{setting}はありません（選べるのは {choices}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="130"/>
        <source>{setting} must be {lo}…{hi}, got {value}</source>
        <translation>{setting}は {lo}〜{hi} で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="132"/>
        <source>{setting} must be a number in ({lo}, {hi}], got {value}</source>
        <translation>{setting}は {lo} より大きく {hi} 以下の数値で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="135"/>
        <source>at most {max} {setting}, got {count}</source>
        <translation>{setting}は {max} 個までです（指定された数: {count}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="136"/>
        <source>pick at least one {item}</source>
        <translation>{item}を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="137"/>
        <source>{setting} {value} is listed twice</source>
        <translation>{setting} {value} が 2 回指定されています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="138"/>
        <source>one activation per hidden layer is needed (hidden layers: {layers}, activations: {count})</source>
        <translation>中間層ごとに活性化関数が 1 つずつ必要です（中間層: {layers} 層、活性化関数: {count} 個）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="139"/>
        <source>unknown setting(s): {names}</source>
        <translation>不明な設定です: {names}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="134"/>
        <source>{setting} must be a list, got {value}</source>
        <translation>{setting}はリストで指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="131"/>
        <source>{setting} must be a number, got {value}</source>
        <translation>{setting}は数値で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="129"/>
        <source>{setting} must be a whole number, got {value}</source>
        <translation>{setting}は整数で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="127"/>
        <source>{setting} must be true or false, got {value}</source>
        <extracomment>``SettingError`` templates of ``playground/settings.py``.</extracomment>
        <translation>{setting}は true か false で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="133"/>
        <source>{setting} must be between {lo} and {hi}, got {value}</source>
        <translation>{setting}は {lo} から {hi} までの値で指定してください（指定された値: {value}）。</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="runtime_strings.py" line="153"/>
        <source>{source} is too large for a setup ({size} bytes, at most {max})</source>
        <extracomment>``SetupError`` templates of ``playground/setup_format.py``.</extracomment>
        <translation>{source} は設定ファイルとしては大きすぎます（{size} バイト、上限は {max} バイト）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="154"/>
        <source>could not read {source}: {reason}</source>
        <translation>{source} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="155"/>
        <source>could not read {source}: it is not UTF-8 text</source>
        <translation>{source} を読み込めませんでした: UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="156"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="157"/>
        <source>a setup must be UTF-8 text</source>
        <translation>設定ファイルは UTF-8 のテキストでなければなりません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="158"/>
        <source>a setup must be at most {max} characters, got {size}</source>
        <translation>設定ファイルは {max} 文字以内でなければなりません（{size} 文字あります）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="159"/>
        <source>line {line}, column {column}: not valid JSON ({reason})</source>
        <translation>{line} 行 {column} 列: 正しい JSON ではありません（{reason}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="160"/>
        <source>{key} is given twice in one object</source>
        <translation>{key} が 1 つのオブジェクトの中で 2 回指定されています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="161"/>
        <source>a setup must be a JSON object, got {kind}</source>
        <translation>設定ファイルは JSON のオブジェクトでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="162"/>
        <source>{field} is missing: this is not an nn-playground setup</source>
        <translation>{field} がありません。nn-playground の設定ファイルではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="163"/>
        <source>{field} must be {expected}, got {value}: this is not an nn-playground setup</source>
        <translation>{field} は {expected} でなければなりません（指定された値: {value}）。nn-playground の設定ファイルではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="164"/>
        <source>{field} is missing</source>
        <translation>{field} がありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="165"/>
        <source>{field} must be a whole number from 1, got {value}</source>
        <translation>{field} は 1 以上の整数でなければなりません（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="166"/>
        <source>this setup is version {version}, newer than this nn-playground reads (up to {supported}); update nn-playground to open it</source>
        <translation>この設定ファイルはバージョン {version} で、この nn-playground が読めるもの（バージョン {supported} まで）より新しいものです。開くには nn-playground を更新してください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="167"/>
        <source>{field}: unknown field (known: {known})</source>
        <translation>{field}: 不明な項目です（使える項目: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="168"/>
        <source>{field} must be text, got {kind}</source>
        <translation>{field} はテキストでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="169"/>
        <source>{field} must be a JSON object, got {kind}</source>
        <translation>{field} は JSON のオブジェクトでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="170"/>
        <source>{field}: unknown setting (known: {known})</source>
        <translation>{field}: 不明な設定です（使える設定: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="171"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="172"/>
        <source>{field} must be a list, got {kind}</source>
        <translation>{field} はリストでなければなりません（{kind}が指定されています）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="173"/>
        <source>{field}: unknown view {value} (known: {known})</source>
        <translation>{field}: {value} というビューはありません（使えるビュー: {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="174"/>
        <source>{field}: {value} is not a view name</source>
        <translation>{field}: {value} はビューの名前ではありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="175"/>
        <source>{field}: view {value} is listed twice</source>
        <translation>{field}: ビュー {value} が 2 回指定されています。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="180"/>
        <source>an object</source>
        <extracomment>``Phrase`` words of ``playground/setup_format.py`` (the kind of a JSON value).</extracomment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="181"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="182"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="183"/>
        <source>true or false</source>
        <translation>true か false</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="184"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="185"/>
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
        <source>&amp;Pick tool</source>
        <translation>選択ツール(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="56"/>
        <source>&amp;Draw tool</source>
        <translation>描画ツール(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="58"/>
        <source>Leave the text field (keys control the window)</source>
        <translation>入力欄から抜ける（キーでウィンドウを操作）</translation>
    </message>
    <message>
        <location filename="../../playground/shortcuts.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
</TS>
