<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="42"/>
        <source>Decision boundary</source>
        <extracomment>Coarse neuron grids are interpolated to this side before colouring, so an enlarged neuron map looks smooth instead of like a mosaic.</extracomment>
        <translation>決定境界</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="59"/>
        <source>Decision boundary plot</source>
        <translation>決定境界のプロット</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="282"/>
        <source>Output: the predicted value over the plane</source>
        <translation>出力: 平面上の各点での予測値</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="284"/>
        <source>Output: colour = predicted class, paler = less sure</source>
        <translation>出力: 色 = 予測したクラス、淡いほど自信がない</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="375"/>
        <source>value %1 … %2</source>
        <translation>値 %1 … %2</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="380"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="383"/>
        <source>value −1 … +1</source>
        <translation>値 −1 … +1</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="385"/>
        <source>train</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <location filename="../../playground/views/boundary_view.py" line="387"/>
        <source>test</source>
        <translation>テストデータ</translation>
    </message>
</context>
<context>
    <name>ControlsBar</name>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="82"/>
        <location filename="../../playground/panels/controls_bar.py" line="148"/>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="85"/>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="100"/>
        <source>Reset the network</source>
        <translation>ネットワークをリセット</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="101"/>
        <source>Reset: start again from new random weights; the data stays. Training pauses and the epoch counter goes back to 0.</source>
        <translation>リセット: 新しいランダムな重みから学習をやり直します。データはそのままです。学習は一時停止し、エポック数は 0 に戻ります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="107"/>
        <location filename="../../playground/panels/controls_bar.py" line="248"/>
        <source>Start training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="124"/>
        <source>Train one step</source>
        <translation>1 ステップ学習</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="125"/>
        <source>Step: one gradient-descent update, computed on one minibatch of &apos;batch size&apos; training points (W ← W − η ∂L/∂W).</source>
        <translation>ステップ: 「バッチサイズ」個の訓練データからなるミニバッチ 1 つで勾配を求め、勾配法で重みを 1 回更新します（W ← W − η ∂L/∂W）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="130"/>
        <source>Train one epoch</source>
        <translation>1 エポック学習</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="131"/>
        <source>Epoch: keep stepping until every training point has been used once (training set size ÷ batch size steps).</source>
        <translation>エポック: すべての訓練データを 1 回ずつ使い終わるまでステップを繰り返します（訓練データ数 ÷ バッチサイズ 回）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="145"/>
        <source>Epochs completed: one epoch = every training point seen once.</source>
        <translation>終わったエポックの数。1 エポック = すべての訓練データを 1 回ずつ使うこと。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="150"/>
        <source>Minibatch steps (weight updates) since the last reset.</source>
        <translation>前回のリセットからのミニバッチのステップ数（重みを更新した回数）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="153"/>
        <source>Measured training speed.</source>
        <translation>実測した学習の速さ。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="156"/>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="170"/>
        <source>Training loss</source>
        <translation>訓練データの損失</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="171"/>
        <source>Loss on the training points: what gradient descent makes smaller.</source>
        <translation>訓練データに対する損失関数の値。勾配法はこれを小さくしていきます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="172"/>
        <source>Test loss</source>
        <translation>テストデータの損失</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="173"/>
        <source>Loss on held-out test points the network never trains on. If it rises while the training loss falls, the network is overfitting.</source>
        <translation>学習に使わないテストデータに対する損失。訓練データの損失が下がっているのにこれが上がるなら、過学習が起きています。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="175"/>
        <source>Training accuracy</source>
        <translation>訓練データの認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="176"/>
        <source>Share of training points in the right class.</source>
        <translation>正しいクラスに分類された訓練データの割合。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="177"/>
        <source>Test accuracy</source>
        <translation>テストデータの認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="178"/>
        <source>Share of test points in the right class: how well it generalises.</source>
        <translation>正しいクラスに分類されたテストデータの割合。汎化性能（未知のデータへの強さ）の目安です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="196"/>
        <source>Training speed</source>
        <translation>学習の速さ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="198"/>
        <source>How many training steps per second. Slow speeds let you watch each update; &apos;max&apos; trains as fast as this computer can.</source>
        <translation>1 秒あたりの学習ステップ数。遅くすると更新を 1 回ずつ観察でき、「最大」ではこのコンピュータで出せる最高の速さで学習します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="245"/>
        <source>Pause training</source>
        <translation>学習を一時停止</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="246"/>
        <source>Pause: stop training; the weights are kept.</source>
        <translation>一時停止: 学習を止めます。重みはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="250"/>
        <source>Play: train continuously, one minibatch step after another.</source>
        <translation>再生: ミニバッチ 1 つずつのステップを次々に続けて学習します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="280"/>
        <source>Speed: max</source>
        <translation>速さ: 最大</translation>
    </message>
    <message>
        <location filename="../../playground/panels/controls_bar.py" line="281"/>
        <source>Speed: %1 steps/s</source>
        <translation>速さ: %1 ステップ/秒</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="82"/>
        <source>Data</source>
        <extracomment>Dataset picker columns: four 50-px buttons fit the 220-px narrowest column. Slider granularity in percent (TensorFlow Playground&apos;s noise step).</extracomment>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="89"/>
        <source>Number of classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="96"/>
        <location filename="../../playground/panels/data_panel.py" line="111"/>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="98"/>
        <source>Batch size: how many training points each gradient step averages over. Small batches give noisy, cheap steps; large ones smooth but slow steps. Changing it keeps the network.</source>
        <translation>バッチサイズ: 勾配法の 1 ステップで平均をとる訓練データの数。小さいと軽いがばらつきの大きいステップに、大きいと滑らかだが重いステップになります。変更してもネットワークはそのままです。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="110"/>
        <source>Classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="120"/>
        <source>Ratio of training to test data</source>
        <translation>訓練データとテストデータの比率</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="121"/>
        <source>Share of the points used for training; the rest are test points the network never learns from, to show how well it generalises.</source>
        <translation>学習に使う点の割合。残りはネットワークが学習に使わないテストデータで、汎化性能（未知のデータへの強さ）を確かめるのに使います。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="126"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="127"/>
        <source>Noise: blurs the data (flips labels near the boundary, or jitters points). A perfect fit to noisy data is overfitting.</source>
        <translation>ノイズ: データをぼかします（境界近くのラベルを入れ替えたり、点の位置を揺らしたりします）。ノイズを含むデータに完璧に合わせるのは過学習です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="146"/>
        <source>Data seed</source>
        <translation>データの乱数シード</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="148"/>
        <source>Seed of the random points: the same seed gives the same points, so a session can be reproduced. Changing it draws new data for the same network; Regenerate picks the next seed.</source>
        <translation>ランダムな点を作る乱数シード。同じシードからは同じ点が作られるので、同じ状況を再現できます。変更すると、ネットワークはそのままで新しいデータを作ります。「再生成」は次のシードを選びます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="154"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="159"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="161"/>
        <source>Regenerate data</source>
        <translation>データを再生成</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="163"/>
        <source>Draw a new sample of the same dataset: picks the next seed. The network keeps its weights, so you can see whether what it learned carries over.</source>
        <translation>同じデータセットから新しいサンプルを作ります（次のシードを選びます）。ネットワークの重みはそのままなので、学習した内容が新しいデータにも通用するかを確かめられます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="178"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="193"/>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="194"/>
        <source>Regression</source>
        <translation>回帰</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="195"/>
        <source>Logic gates</source>
        <translation>論理ゲート</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="229"/>
        <source>Dataset: %1</source>
        <translation>データセット: %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="337"/>
        <source>Number of classes (colours) in this dataset, 2 to %1. The output layer gets one neuron per class; softmax turns their scores into probabilities.</source>
        <translation>このデータセットのクラス（色）の数、2〜%1。出力層にはクラスごとに 1 つのニューロンがあり、ソフトマックス関数がそのスコアを確率に変えます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="341"/>
        <source>Regression predicts a number, not a class.</source>
        <translation>回帰ではクラスではなく数値を予測します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="343"/>
        <source>This dataset has two classes. Pick a multiclass dataset (Spiral, Blobs) to choose more.</source>
        <translation>このデータセットは 2 クラスです。クラスを増やすには多クラスのデータセット（渦巻き、クラスタ）を選んでください。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="361"/>
        <source>Noise: %1 %</source>
        <translation>ノイズ: %1 %</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="362"/>
        <source>Training data: %1 %</source>
        <translation>訓練データ: %1 %</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="368"/>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="368"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="368"/>
        <source>Gauss</source>
        <translation>ガウス</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="369"/>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="369"/>
        <source>Moons</source>
        <translation>三日月</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="369"/>
        <source>Blobs</source>
        <translation>点の塊</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="370"/>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="370"/>
        <source>Bumps</source>
        <translation>山と谷</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="376"/>
        <source>One class inside a ring of the other. No straight line separates them: add X₁² and X₂², or a hidden layer.</source>
        <translation>一方のクラスがもう一方の輪の内側にあります。直線では分けられません。X₁² と X₂² を加えるか、中間層を追加しましょう。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="378"/>
        <source>Opposite quadrants share a class. Needs X₁X₂ or a hidden layer: a single neuron draws only one straight line.</source>
        <translation>向かい合う象限が同じクラスです。X₁X₂ か中間層が必要です。ニューロン 1 つでは直線を 1 本しか引けません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="380"/>
        <source>Two clouds of points: a straight line separates them, so even a network without hidden layers succeeds.</source>
        <translation>2 つの点の雲です。直線で分けられるので、中間層のないネットワークでも学習できます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="382"/>
        <source>Interleaved spiral arms, the hardest set: try several hidden layers, or sin(X₁), sin(X₂). Supports 2–5 classes.</source>
        <translation>絡み合った渦巻きの腕で、いちばん難しいデータです。中間層をいくつか重ねるか、sin(X₁)、sin(X₂) を試しましょう。2〜5 クラスに対応します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="384"/>
        <source>Two interleaved half circles: a curved boundary.</source>
        <translation>かみ合った 2 つの半円です。境界は曲線になります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="385"/>
        <source>Clusters around a circle, one per class (2–5): softmax with several outputs.</source>
        <translation>円周上に並んだ、クラスごとの点の塊（2〜5 クラス）。出力が複数あるソフトマックス関数を試せます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="387"/>
        <source>Regression: the target rises linearly with X₁ + X₂.</source>
        <translation>回帰: 目標値は X₁ + X₂ に比例して増えます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="388"/>
        <source>Regression: six positive and negative bumps.</source>
        <translation>回帰: 正と負の 6 つの山。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="389"/>
        <source>The AND truth table (4 points): one neuron is enough.</source>
        <translation>AND の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="390"/>
        <source>The OR truth table (4 points): one neuron is enough.</source>
        <translation>OR の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="391"/>
        <source>The NAND truth table (4 points): one neuron is enough.</source>
        <translation>NAND の真理値表（4 点）。ニューロン 1 つで十分です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/data_panel.py" line="392"/>
        <source>The XOR truth table (4 points): one neuron cannot do it; XOR = AND(NAND, OR) needs a hidden layer.</source>
        <translation>XOR の真理値表（4 点）。ニューロン 1 つではできません。XOR = AND(NAND, OR) なので中間層が必要です。</translation>
    </message>
</context>
<context>
    <name>FeaturesPanel</name>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="60"/>
        <source>Features</source>
        <extracomment>Where each toggle sits (row, column): pairs side by side, the product last.</extracomment>
        <translation>特徴量</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="63"/>
        <source>Which properties do you want to feed in?</source>
        <translation>どの特徴量を入力しますか？</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="80"/>
        <source>Input feature %1</source>
        <translation>入力の特徴量 %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="93"/>
        <source>X₁: the horizontal coordinate of the point, as it is.</source>
        <translation>X₁: 点の横方向の座標そのもの。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="94"/>
        <source>X₂: the vertical coordinate of the point, as it is.</source>
        <translation>X₂: 点の縦方向の座標そのもの。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="95"/>
        <source>X₁²: large on both the left and the right edge. With X₂², one neuron can draw a circle (the Circle dataset).</source>
        <translation>X₁²: 左端でも右端でも大きくなります。X₂² と組み合わせると、ニューロン 1 つで円を描けます（「円」のデータセット）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="97"/>
        <source>X₂²: large at both the top and the bottom edge.</source>
        <translation>X₂²: 上端でも下端でも大きくなります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="98"/>
        <source>X₁X₂: positive in two opposite quadrants, negative in the others, which solves XOR with no hidden layer.</source>
        <translation>X₁X₂: 向かい合う 2 つの象限で正、残りで負になります。これがあれば中間層なしで XOR を解けます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="100"/>
        <source>sin(X₁): stripes that repeat left to right; helps with the spiral.</source>
        <translation>sin(X₁): 左から右へ繰り返す縞模様。渦巻きに役立ちます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/features_panel.py" line="102"/>
        <source>sin(X₂): stripes that repeat bottom to top.</source>
        <translation>sin(X₂): 下から上へ繰り返す縞模様。</translation>
    </message>
</context>
<context>
    <name>HyperparamsPanel</name>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="113"/>
        <source>Learning rate</source>
        <extracomment>λ set when regularisation is switched on while the rate is still 0.</extracomment>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="115"/>
        <source>Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too small and the loss falls slowly; too large and it jumps around or blows up to NaN. Changing it keeps the network. Pick a value or type one, e.g. 0.05.</source>
        <translation>学習率 η: 勾配法で 1 回に進む大きさ（W ← W − η·∂L/∂W）。小さすぎると損失はゆっくりとしか下がらず、大きすぎると跳ね回ったり NaN に発散したりします。変更してもネットワークはそのままです。値を選ぶか、0.05 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="120"/>
        <location filename="../../playground/panels/hyperparams_panel.py" line="188"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="121"/>
        <source>Optimizer: how each gradient is turned into a weight update. Plain SGD steps straight downhill; the others remember past gradients or scale each step.</source>
        <translation>最適化手法: 勾配から重みの更新量をどう決めるか。素の SGD は坂をまっすぐ下り、ほかの手法は過去の勾配を覚えていたり、一歩ごとの大きさを調整したりします。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="126"/>
        <source>Stochastic gradient descent: W ← W − η·∂L/∂W.</source>
        <translation>確率的勾配降下法: W ← W − η·∂L/∂W。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="127"/>
        <source>Momentum: builds up speed like a ball rolling downhill, smoothing the zig-zag of SGD (β = 0.9).</source>
        <translation>Momentum: 坂を転がるボールのように勢いをつけ、SGD のジグザグを滑らかにします（β = 0.9）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="129"/>
        <source>Nesterov: momentum that looks ahead before stepping.</source>
        <translation>Nesterov: 一歩先を見てから進む Momentum。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="130"/>
        <source>AdaGrad: shrinks the step of weights that have already moved a lot.</source>
        <translation>AdaGrad: すでに大きく動いた重みほど更新幅を小さくします。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="132"/>
        <source>RMSprop: like AdaGrad, but forgets old gradients, so steps do not shrink to nothing.</source>
        <translation>RMSprop: AdaGrad に似ていますが、古い勾配を忘れていくので、更新幅が 0 まで縮みません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="134"/>
        <source>Adam: momentum plus per-weight step sizes; a robust default (try η = 0.001…0.01).</source>
        <translation>Adam: Momentum と重みごとの更新幅の調整を組み合わせた手法。まず試すのに無難な選択です（η = 0.001〜0.01 を試してください）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="142"/>
        <location filename="../../playground/panels/hyperparams_panel.py" line="189"/>
        <source>Regularization</source>
        <translation>正則化</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="143"/>
        <source>Regularization: adds a penalty for large weights to the loss, which discourages over-complicated boundaries (overfitting). Biases are not penalised.</source>
        <translation>正則化: 大きな重みへのペナルティを損失に加え、複雑すぎる境界（過学習）を抑えます。バイアスにはペナルティをかけません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="146"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="148"/>
        <source>No penalty: the loss is the data loss only.</source>
        <translation>ペナルティなし: 損失はデータに対する損失だけです。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="149"/>
        <source>L1: adds λ·Σ|W|, pushing unneeded weights to exactly zero.</source>
        <translation>L1: λ·Σ|W| を加え、不要な重みをちょうど 0 にします。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="150"/>
        <source>L2 (weight decay): adds ½λ·ΣW², shrinking all weights a little every step.</source>
        <translation>L2（荷重減衰、Weight decay）: ½λ·ΣW² を加え、毎ステップすべての重みを少しずつ小さくします。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="159"/>
        <source>Regularization rate</source>
        <translation>正則化の強さ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="161"/>
        <source>Regularization rate λ: how strongly large weights are penalised. 0 turns the penalty off; too large and every weight is squeezed toward 0 (underfitting).</source>
        <translation>正則化の強さ λ: 大きな重みにどれだけ強くペナルティをかけるか。0 ならペナルティなし、大きすぎるとすべての重みが 0 に押しつぶされます（学習不足）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="165"/>
        <source>Weight initialization</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="166"/>
        <source>Initial random weights, used at every reset. Xavier (std √(1/n)) suits tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all neurons start nearly alike. Changing it resets the network.</source>
        <translation>リセットのたびに使うランダムな重みの初期値。Xavier（標準偏差 √(1/n)）は tanh と sigmoid に、He（標準偏差 √(2/n)）は ReLU に向いています。小さな固定の標準偏差では、すべてのニューロンがほぼ同じ状態から始まります。変更するとネットワークはリセットされます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="169"/>
        <source>Fixed std 0.01</source>
        <translation>標準偏差 0.01 固定</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="170"/>
        <source>Uniform ±0.5</source>
        <translation>一様分布 ±0.5</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="172"/>
        <source>Xavier: normal with std √(1/n_in); for tanh and sigmoid.</source>
        <translation>Xavier: 標準偏差 √(1/n_in) の正規分布。tanh と sigmoid 向け。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="173"/>
        <source>He: normal with std √(2/n_in); for ReLU.</source>
        <translation>He: 標準偏差 √(2/n_in) の正規分布。ReLU 向け。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="174"/>
        <source>Normal with a fixed std of 0.01: with sigmoid, activations all sit near 0.5 and learning is slow.</source>
        <translation>標準偏差 0.01 固定の正規分布。sigmoid と組み合わせると活性化の値がすべて 0.5 付近に集まり、学習が遅くなります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="176"/>
        <source>Uniform between −0.5 and +0.5.</source>
        <translation>−0.5〜+0.5 の一様分布。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="187"/>
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="190"/>
        <source>Regularization rate λ</source>
        <translation>正則化の強さ λ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="191"/>
        <source>Initialization</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="225"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="228"/>
        <source>regularization rate</source>
        <translation>正則化の強さ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/hyperparams_panel.py" line="233"/>
        <source>The %1 must be a number, like 0.03; got “%2”.</source>
        <translation>%1は 0.03 のような数値で入力してください（入力された値:「%2」）。</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../playground/views/loss_view.py" line="46"/>
        <source>Loss and accuracy curves</source>
        <translation>損失と認識精度のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="61"/>
        <source>Loss plot</source>
        <translation>損失のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="64"/>
        <source>Accuracy plot</source>
        <translation>認識精度のグラフ</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="147"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="148"/>
        <location filename="../../playground/views/loss_view.py" line="150"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="149"/>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="253"/>
        <source>No training yet</source>
        <translation>まだ学習していません</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="257"/>
        <source>Training stopped: %1</source>
        <translation>学習が止まりました: %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="261"/>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../playground/views/loss_view.py" line="263"/>
        <source>test</source>
        <translation>テスト</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../playground/main_window.py" line="70"/>
        <source>nn-playground — watch a neural network learn</source>
        <extracomment>Settings a preset leaves as they are unless its file names them. Panel text grows by this factor in projector mode (the views use ViewStyle.projector). ... and by this much on a window lower than COMPACT_PROJECTOR_HEIGHT (e.g. 1280×800).</extracomment>
        <translation>nn-playground — ニューラルネットワークが学習する様子を見る</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="113"/>
        <source>Data and features</source>
        <translation>データと特徴量</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="185"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="191"/>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="204"/>
        <source>&amp;Projector mode (large text, thick lines)</source>
        <translation>プロジェクターモード(&amp;P)（大きな文字、太い線）</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="212"/>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="215"/>
        <source>Play / pause</source>
        <translation>再生 / 一時停止</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="215"/>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="221"/>
        <source>Step one batch</source>
        <translation>ミニバッチ 1 つ分進める</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="222"/>
        <source>Step one epoch</source>
        <translation>1 エポック進める</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="224"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="405"/>
        <source>Batch size {batch} is more than the {n} training points: each step uses all {n} of them.</source>
        <translation>バッチサイズ {batch} は訓練データの点数 {n} より大きいため、各ステップで {n} 点すべてを使います。</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="421"/>
        <source>Training problem: {msg}</source>
        <translation>学習中に問題が起きました: {msg}</translation>
    </message>
    <message>
        <location filename="../../playground/main_window.py" line="427"/>
        <source>That change could not be applied ({reason}); the previous settings are back.</source>
        <translation>その変更は適用できませんでした（{reason}）。元の設定に戻しました。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../playground/panels/message_banner.py" line="47"/>
        <source>Message</source>
        <extracomment>Background, border and text colour per kind; dark text on a pale tint keeps a contrast ratio above 7:1, readable on a washed-out projector too. How long an info message stays before hiding itself.</extracomment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../playground/panels/message_banner.py" line="65"/>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <location filename="../../playground/panels/message_banner.py" line="66"/>
        <source>Hide this message (Esc)</source>
        <translation>このメッセージを隠す (Esc)</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="106"/>
        <source>Add hidden layer</source>
        <extracomment>Neurons in a freshly added layer (TensorFlow Playground&apos;s choice). Activation of the first layer added to a network with none (TF&apos;s default).</extracomment>
        <translation>中間層を追加</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="111"/>
        <source>Remove hidden layer</source>
        <translation>中間層を削除</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="113"/>
        <source>Remove the last hidden layer. With none left, the inputs feed the output directly: a single-layer model that can only draw straight boundaries.</source>
        <translation>最後の中間層を削除します。中間層がなくなると入力が直接出力層につながり、直線の境界しか引けない単層のモデルになります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="121"/>
        <source>Add a hidden layer (up to %1). Each layer re-describes the data for the next, so deeper networks can bend the boundary more.</source>
        <translation>中間層を追加します（最大 %1 層）。各層はデータを次の層のために表現し直すので、深いネットワークほど境界を大きく曲げられます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="165"/>
        <source>Hidden layers</source>
        <translation>中間層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="213"/>
        <source>Layer %1</source>
        <translation>中間層 %1</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="214"/>
        <source> neurons</source>
        <translation> ニューロン</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="216"/>
        <source>Neurons in hidden layer %1</source>
        <translation>中間層 %1 のニューロン数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="218"/>
        <source>How many neurons hidden layer %1 has. Each neuron computes a = Σ xᵢwᵢ + b and passes on y = h(a); more neurons can draw more complex boundaries.</source>
        <translation>中間層 %1 のニューロンの数。各ニューロンは a = Σ xᵢwᵢ + b を計算し、y = h(a) を次の層へ渡します。ニューロンが多いほど複雑な境界を描けます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="222"/>
        <source>Activation function of hidden layer %1</source>
        <translation>中間層 %1 の活性化関数</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="224"/>
        <source>Activation function h of hidden layer %1: the non-linearity applied to each neuron&apos;s a. Without one, stacked layers collapse into a single straight-line model.</source>
        <translation>中間層 %1 の活性化関数 h: 各ニューロンの a にかける非線形な関数。これがないと、層を重ねても 1 つの直線的なモデルにまとまってしまいます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="240"/>
        <source>tanh(a): squashes into −1…1, centred on 0.</source>
        <translation>tanh(a): −1〜1 に押し込みます。0 が中心です。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="241"/>
        <source>ReLU: max(0, a). Fast to train; a neuron whose a stays negative stops learning (&quot;dead&quot;).</source>
        <translation>ReLU: max(0, a)。学習が速い。a が負のままのニューロンは学習しなくなります（「死んだ」ニューロン）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="243"/>
        <source>sigmoid: 1 / (1 + e^−a), squashes into 0…1. Saturates, so gradients vanish in deep networks.</source>
        <translation>シグモイド関数: 1 / (1 + e^−a)、0〜1 に押し込みます。飽和するので、深いネットワークでは勾配が消失します。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="245"/>
        <source>linear: h(a) = a. Layers of linear neurons add up to one linear model.</source>
        <translation>線形（恒等関数）: h(a) = a。線形なニューロンの層をいくら重ねても 1 つの線形モデルになります。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="247"/>
        <source>leaky ReLU: a for a &gt; 0, else 0.01·a, so it never quite dies.</source>
        <translation>Leaky ReLU: a &gt; 0 なら a、それ以外は 0.01·a。完全には死にません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="340"/>
        <source>1 hidden layer</source>
        <translation>中間層 1 層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="342"/>
        <source>%1 hidden layers</source>
        <translation>中間層 %1 層</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="344"/>
        <source>Output: identity + mean squared error</source>
        <translation>出力: 恒等関数 + 平均二乗誤差</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="346"/>
        <source>Regression: the output neuron passes its value through unchanged, and the loss is the mean squared error ½ · mean of (y − t)² over the points (the ½ makes each point&apos;s gradient simply y − t).</source>
        <translation>回帰: 出力ニューロンは値をそのまま出力し、損失は平均二乗誤差、すなわちすべての点での (y − t)² の平均の ½ です（½ があるので、各点の勾配は単に y − t になります）。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="349"/>
        <source>0 hidden layers: linear model</source>
        <translation>中間層なし: 線形モデル</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="350"/>
        <source>it can only fit a flat (linear) function of the features.</source>
        <translation>特徴量の平らな（線形の）関数しか表せません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="353"/>
        <source>Output: softmax + cross-entropy (%1 classes)</source>
        <translation>出力: ソフトマックス関数 + 交差エントロピー誤差（%1 クラス）</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="355"/>
        <source>Classification: one output neuron per class; softmax turns their scores into probabilities that add up to 1, and the cross-entropy loss is −log(probability of the right class).</source>
        <translation>分類: クラスごとに出力ニューロンが 1 つあり、ソフトマックス関数がそのスコアを合計 1 の確率に変えます。損失には交差エントロピー誤差 −log(正解クラスの確率) を使います。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="358"/>
        <source>0 hidden layers: logistic model</source>
        <translation>中間層なし: ロジスティック回帰</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="359"/>
        <source>it can only draw straight boundaries in the features.</source>
        <translation>特徴量の空間で直線の境界しか引けません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/network_editor.py" line="364"/>
        <source>No hidden layer: the inputs feed the output directly, a single-layer model; %1 Press + to add a layer.</source>
        <translation>中間層がありません。入力が直接出力層につながる単層のモデルなので、%1「+」を押すと中間層を追加できます。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../playground/views/network_view.py" line="53"/>
        <source>Network diagram</source>
        <extracomment>Thumbnails of big output grids are subsampled to about this side first.</extracomment>
        <translation>ネットワークの図</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="138"/>
        <source>class %1</source>
        <extracomment>Counts from the last paint, for tests and benchmarks.</extracomment>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="140"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="184"/>
        <source>No network yet</source>
        <translation>ネットワークはまだありません</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="284"/>
        <source>1 input</source>
        <translation>1 入力</translation>
    </message>
    <message numerus="yes">
        <location filename="../../playground/views/network_view.py" line="284"/>
        <source>%n inputs</source>
        <translation>
            <numerusform>%n 入力</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="285"/>
        <source>features</source>
        <translation>特徴量</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="286"/>
        <source>in</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="289"/>
        <source>1 output</source>
        <translation>1 出力</translation>
    </message>
    <message numerus="yes">
        <location filename="../../playground/views/network_view.py" line="289"/>
        <source>%n outputs</source>
        <translation>
            <numerusform>%n 出力</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="291"/>
        <source>out</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="294"/>
        <source>1 neuron</source>
        <translation>1 ニューロン</translation>
    </message>
    <message numerus="yes">
        <location filename="../../playground/views/network_view.py" line="294"/>
        <source>%n neurons</source>
        <translation>
            <numerusform>%n ニューロン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="379"/>
        <source>bias b = %1</source>
        <translation>バイアス b = %1</translation>
    </message>
    <message>
        <location filename="../../playground/views/network_view.py" line="386"/>
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
    <name>OutputPanel</name>
    <message>
        <location filename="../../playground/panels/output_panel.py" line="33"/>
        <source>Output</source>
        <extracomment>Minimum seconds between loss-chart refreshes while training runs (the worker publishes ~30 frames/s, so this only drops bursts).</extracomment>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../playground/panels/output_panel.py" line="41"/>
        <source>Show test data</source>
        <translation>テストデータを表示</translation>
    </message>
    <message>
        <location filename="../../playground/panels/output_panel.py" line="42"/>
        <source>Draw the held-out test points (hollow markers) on the boundary.</source>
        <translation>学習に使わないテストデータ（白抜きの点）を決定境界の上に描きます。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/output_panel.py" line="46"/>
        <source>Discretize output</source>
        <translation>出力を離散化</translation>
    </message>
    <message>
        <location filename="../../playground/panels/output_panel.py" line="47"/>
        <source>Colour each region by its winning class only, without confidence shading.</source>
        <translation>各領域を勝ったクラスの色だけで塗り、確信度による濃淡をつけません。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/output_panel.py" line="51"/>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../../playground/panels/output_panel.py" line="52"/>
        <source>Plot the loss on a logarithmic axis, to see small late improvements.</source>
        <translation>損失を対数軸で描き、終盤の小さな改善も見えるようにします。</translation>
    </message>
    <message>
        <location filename="../../playground/panels/output_panel.py" line="62"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
</context>
<context>
    <name>TrainingClient</name>
    <message>
        <location filename="../../playground/worker/client.py" line="102"/>
        <source>The training process stopped unexpectedly.</source>
        <extracomment>How often the GUI looks for new frames (ms). Cheap: a non-blocking poll. How long ``stop`` waits for a polite exit before terminating the process.</extracomment>
        <translation>学習用のプロセスが予期せず停止しました。</translation>
    </message>
    <message>
        <location filename="../../playground/worker/client.py" line="124"/>
        <source>The training process stopped unexpectedly. Press Reset to start again.</source>
        <translation>学習用のプロセスが予期せず停止しました。「リセット」を押すと、もう一度始められます。</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <location filename="runtime_strings.py" line="31"/>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="32"/>
        <source>Exclusive or</source>
        <translation>排他的論理和（XOR）</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="33"/>
        <source>Gaussian</source>
        <translation>ガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="34"/>
        <source>Spiral</source>
        <translation>渦巻き</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="35"/>
        <source>Two moons</source>
        <translation>2 つの三日月</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="36"/>
        <source>Gaussian blobs</source>
        <translation>ガウス分布のクラスタ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="37"/>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="38"/>
        <source>Multi Gaussian</source>
        <translation>複数のガウス分布</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="39"/>
        <source>AND gate</source>
        <translation>AND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="40"/>
        <source>OR gate</source>
        <translation>OR ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="41"/>
        <source>NAND gate</source>
        <translation>NAND ゲート</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="42"/>
        <source>XOR gate</source>
        <translation>XOR ゲート</translation>
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
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="runtime_strings.py" line="47"/>
        <source>Circle: a ring needs a curved boundary</source>
        <extracomment>``&quot;title&quot;`` of every ``resources/presets/*.json``.</extracomment>
        <translation>円: 輪を分けるには曲がった境界が必要</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="48"/>
        <source>Regression: six gaussian bumps</source>
        <translation>回帰: ガウス分布の 6 つの山</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="49"/>
        <source>Spiral: deep network with all features</source>
        <translation>渦巻き: すべての特徴量を使う深いネットワーク</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="50"/>
        <source>Three-armed spiral with softmax</source>
        <translation>3 本腕の渦巻きとソフトマックス関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="51"/>
        <source>XOR with two hidden layers</source>
        <translation>中間層 2 層で解く XOR</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="106"/>
        <source>no preset named {name}; there are no presets</source>
        <extracomment>``PresetError`` templates of ``playground/presets.py``.</extracomment>
        <translation>{name} という名前のプリセットはありません（プリセットが 1 つもありません）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="107"/>
        <source>no preset named {name} (known: {known})</source>
        <translation>{name} という名前のプリセットはありません（あるのは {known}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="108"/>
        <source>preset {name} could not be read: {reason}</source>
        <translation>プリセット {name} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="109"/>
        <source>preset {name} must be an object with a &apos;settings&apos; object</source>
        <translation>プリセット {name} は &apos;settings&apos; オブジェクトを含むオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="110"/>
        <source>preset {name}: &apos;title&apos; must be text</source>
        <translation>プリセット {name}: &apos;title&apos; は文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="111"/>
        <source>preset {name}: unknown setting {key}</source>
        <translation>プリセット {name}: {key} という設定はありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="112"/>
        <source>preset {name}: {reason}</source>
        <translation>プリセット {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="runtime_strings.py" line="56"/>
        <source>dataset</source>
        <extracomment>``playground.settings.SETTING_NAMES`` values (they fill ``{setting}``).</extracomment>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="57"/>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="58"/>
        <source>ratio of training data</source>
        <translation>訓練データの割合</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="59"/>
        <source>number of classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="60"/>
        <source>data seed</source>
        <translation>データの乱数シード</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="61"/>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="62"/>
        <source>input features</source>
        <translation>入力の特徴量</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="63"/>
        <source>hidden layers</source>
        <translation>中間層</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="64"/>
        <source>activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="65"/>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="66"/>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="67"/>
        <source>regularization</source>
        <translation>正則化</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="68"/>
        <source>regularization rate</source>
        <translation>正則化の強さ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="69"/>
        <source>weight initialization</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="70"/>
        <source>initialization seed</source>
        <translation>重みの初期値の乱数シード</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="71"/>
        <source>speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="72"/>
        <source>show test data</source>
        <translation>テストデータの表示</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="73"/>
        <source>discretize output</source>
        <translation>出力の離散化</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="74"/>
        <source>log scale of the loss</source>
        <translation>損失の対数目盛</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="79"/>
        <source>unknown setting(s): {names}</source>
        <extracomment>``SettingError`` templates of ``playground/settings.py``.</extracomment>
        <translation>不明な設定です: {names}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="80"/>
        <source>a setting has the wrong type: {reason}</source>
        <translation>設定値の型が正しくありません: {reason}</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="81"/>
        <source>unknown dataset {value}</source>
        <translation>{value} というデータセットはありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="82"/>
        <source>number of classes must be 2…{max}, got {value}</source>
        <translation>クラス数は 2〜{max} で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="83"/>
        <source>batch size must be 1…{max}, got {value}</source>
        <translation>バッチサイズは 1〜{max} で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="84"/>
        <source>{setting} must be 0…{max}, got {value}</source>
        <translation>{setting}は 0〜{max} で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="85"/>
        <source>pick at least one input feature</source>
        <translation>入力する特徴量を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="86"/>
        <source>unknown feature {value}</source>
        <translation>{value} という特徴量はありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="87"/>
        <source>at most {max} hidden layers</source>
        <translation>中間層は {max} 層までです。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="88"/>
        <source>one activation per hidden layer is needed</source>
        <translation>中間層ごとに活性化関数が 1 つずつ必要です。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="89"/>
        <source>neurons per layer must be 1…{max}, got {value}</source>
        <translation>1 層あたりのニューロン数は 1〜{max} で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="90"/>
        <source>unknown activation {value}</source>
        <translation>{value} という活性化関数はありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="91"/>
        <source>learning rate must be a number in (0, 100], got {value}</source>
        <translation>学習率は 0 より大きく 100 以下の数値で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="92"/>
        <source>unknown optimizer {value}</source>
        <translation>{value} という最適化手法はありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="93"/>
        <source>unknown regularization {value}</source>
        <translation>{value} という正則化はありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="94"/>
        <source>unknown weight initialization {value}</source>
        <translation>{value} という重みの初期値の決め方はありません。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="95"/>
        <source>speed level must be 0…{max}, got {value}</source>
        <translation>速さの段階は 0〜{max} で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="96"/>
        <source>{setting} must be a list, got {value}</source>
        <translation>{setting}はリストで指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="97"/>
        <source>{setting} must be a number, got {value}</source>
        <translation>{setting}は数値で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="98"/>
        <source>{setting} must be a whole number, got {value}</source>
        <translation>{setting}は整数で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="99"/>
        <source>neurons per layer must be whole numbers, got {value}</source>
        <translation>1 層あたりのニューロン数は整数で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="100"/>
        <source>{setting} must be true or false, got {value}</source>
        <translation>{setting}は true か false で指定してください（指定された値: {value}）。</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="101"/>
        <source>{setting} must be between {lo} and {hi}, got {value}</source>
        <translation>{setting}は {lo} から {hi} までの値で指定してください（指定された値: {value}）。</translation>
    </message>
</context>
</TS>
