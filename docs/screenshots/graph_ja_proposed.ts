<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>ExpressionField</name>
    <message>
      <source>Column %1: %2</source>
      <translation>%1 文字目: %2</translation>
    </message>
    <message>
      <source>Your expression:</source>
      <translation>式:</translation>
    </message>
    <message>
      <source>Your expression</source>
      <translation>式</translation>
    </message>
    <message>
      <source>inputs and values, a colon, the expression</source>
      <translation>入力とその値、コロン、式</translation>
    </message>
    <message>
      <source>Name the inputs and give their values, then a colon and the expression, e.g. x=3, y=2: (x+y)^2. Allowed: numbers, + − × ÷ (or * /), ^ with a constant power, exp, log, tanh, sigmoid, relu and parentheses.</source>
      <translation>入力の名前と値を書き、コロンのあとに式を書きます。例: x=3, y=2: (x+y)^2。使えるもの: 数、+ − × ÷(* / でも可)、定数のべき ^、exp、log、tanh、sigmoid、relu、かっこ。</translation>
    </message>
    <message>
      <source>e.g. x=3, y=2: (x+y)^2  ·  a=2, b=-3: tanh(a*b + 1)  ·  x=0.5: sigmoid(x) * exp(-x)</source>
      <translation>例: x=3, y=2: (x+y)^2  ·  a=2, b=-3: tanh(a*b + 1)  ·  x=0.5: sigmoid(x) * exp(-x)</translation>
    </message>
    <message>
      <source>Where the problem is</source>
      <translation>問題の箇所</translation>
    </message>
    <message>
      <source>The problem</source>
      <translation>問題</translation>
    </message>
  </context>
  <context>
    <name>GraphView</name>
    <message>
      <source>Buying apples: 2 × 100 yen, tax 1.1</source>
      <translation>りんごの買い物: 100円 × 2個、消費税 1.1</translation>
    </message>
    <message>
      <source>Apples and oranges: + 3 × 150 yen</source>
      <translation>りんごとみかん: + 150円 × 3個</translation>
    </message>
    <message>
      <source>Chain rule: z = t², t = x + y</source>
      <translation>連鎖律: z = t², t = x + y</translation>
    </message>
    <message>
      <source>Your own expression</source>
      <translation>自分で書いた式</translation>
    </message>
    <message>
      <source>The network for the picked point: layers</source>
      <translation>選んだ点のネットワーク: レイヤごと</translation>
    </message>
    <message>
      <source>The network for the picked point: every multiply and add</source>
      <translation>選んだ点のネットワーク: 掛け算と足し算ごと</translation>
    </message>
    <message>
      <source>apple</source>
      <translation>りんご</translation>
    </message>
    <message>
      <source>apple count</source>
      <translation>りんごの個数</translation>
    </message>
    <message>
      <source>apple price</source>
      <translation>りんごの値段</translation>
    </message>
    <message>
      <source>orange</source>
      <translation>みかん</translation>
    </message>
    <message>
      <source>orange count</source>
      <translation>みかんの個数</translation>
    </message>
    <message>
      <source>orange price</source>
      <translation>みかんの値段</translation>
    </message>
    <message>
      <source>all price</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>tax</source>
      <translation>消費税</translation>
    </message>
    <message>
      <source>price</source>
      <translation>支払金額</translation>
    </message>
    <message>
      <source>The expression has a problem: see the message above.</source>
      <translation>式に問題があります。上のメッセージを見てください。</translation>
    </message>
    <message>
      <source>Computational graph:</source>
      <translation>計算グラフ:</translation>
    </message>
    <message>
      <source>Which computational graph</source>
      <translation>どの計算グラフか</translation>
    </message>
    <message>
      <source>The book's examples, an expression of your own, or the network itself for the point picked on the output plane.</source>
      <translation>本の例、自分で書いた式、または出力平面で選んだ点についてのネットワークそのもの。</translation>
    </message>
    <message>
      <source>Forward ▶</source>
      <translation>順伝播 ▶</translation>
    </message>
    <message>
      <source>Forward one node</source>
      <translation>1ノード順伝播</translation>
    </message>
    <message>
      <source>◀ Backward</source>
      <translation>◀ 逆伝播</translation>
    </message>
    <message>
      <source>Backward one node</source>
      <translation>1ノード逆伝播</translation>
    </message>
    <message>
      <source>Run all</source>
      <translation>すべて計算</translation>
    </message>
    <message>
      <source>Run the forward and backward passes</source>
      <translation>順伝播と逆伝播をすべて計算</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>最初から</translation>
    </message>
    <message>
      <source>Back to the start</source>
      <translation>最初に戻る</translation>
    </message>
    <message>
      <source>Forward propagation: compute the next node from its inputs (%1).</source>
      <translation>順伝播: 次のノードを入力から計算します (%1)。</translation>
    </message>
    <message>
      <source>Backpropagation: the next node multiplies its gradient by each local derivative and sends the products to its inputs (%1).</source>
      <translation>逆伝播: 次のノードが自分の勾配に各局所的な微分を掛け、その積を入力へ送ります (%1)。</translation>
    </message>
    <message>
      <source>Compute every value and every gradient at once (%1).</source>
      <translation>すべての値と勾配を一度に計算します (%1)。</translation>
    </message>
    <message>
      <source>Forget the computed values and gradients (%1).</source>
      <translation>計算した値と勾配を消して最初に戻ります (%1)。</translation>
    </message>
    <message>
      <source>The computational graph</source>
      <translation>計算グラフ</translation>
    </message>
  </context>
  <context>
    <name>NetworkChoice</name>
    <message>
      <source>Pick a point on the output plane (click it, or use the arrow keys there) to see the network's computational graph for that point.</source>
      <translation>出力平面で点をクリックして選ぶと(そこで矢印キーでも選べます)、その点についてのネットワークの計算グラフが表示されます。</translation>
    </message>
    <message>
      <source>The graph of this point could not be computed.</source>
      <translation>この点のグラフを計算できませんでした。</translation>
    </message>
    <message>
      <source>Computing the graph of the picked point…</source>
      <translation>選んだ点のグラフを計算しています…</translation>
    </message>
    <message>
      <source>Target class of the picked location</source>
      <translation>選んだ位置の正解クラス</translation>
    </message>
    <message>
      <source>A location has no label: choose the class the loss compares the output with.</source>
      <translation>位置にはラベルがありません: 損失で出力と比べるクラスを選んでください。</translation>
    </message>
    <message>
      <source>Target value of the picked location</source>
      <translation>選んだ位置の正解の値</translation>
    </message>
    <message>
      <source>A location has no label: type the value the loss compares the output with, then press Enter.</source>
      <translation>位置にはラベルがありません: 損失で出力と比べる値を入力して Enter を押してください。</translation>
    </message>
    <message>
      <source>choose the target…</source>
      <translation>正解を選ぶ…</translation>
    </message>
    <message>
      <source>class %1</source>
      <translation>クラス %1</translation>
    </message>
    <message>
      <source>No point picked.</source>
      <translation>点が選ばれていません。</translation>
    </message>
    <message>
      <source>Training point %1</source>
      <translation>訓練データ %1</translation>
    </message>
    <message>
      <source>Test point %1</source>
      <translation>テストデータ %1</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>no target yet: choose one to see the loss and backpropagation</source>
      <translation>正解がまだありません: 選ぶと損失と逆伝播が見られます</translation>
    </message>
    <message>
      <source>target class %1</source>
      <translation>正解クラス %1</translation>
    </message>
    <message>
      <source>target %1</source>
      <translation>正解 %1</translation>
    </message>
    <message>
      <source>This network has %1 weights: one node per multiply and add is drawn for up to %2 weights, so it is shown layer by layer.</source>
      <translation>このネットワークの重みは %1 個です: 掛け算と足し算ごとのノードは重み %2 個までなので、レイヤごとに表示します。</translation>
    </message>
    <message>
      <source>L is the loss of this one point: softmax and cross-entropy error in one node, whose local derivatives are y − t.</source>
      <translation>L はこの1点の損失です: Softmax と交差エントロピー誤差を1つのノードにまとめたもので、局所的な微分は y − t です。</translation>
    </message>
    <message>
      <source>L is the loss of this one point: the squared error ½ Σ (y − t)², whose local derivatives are y − t.</source>
      <translation>L はこの1点の損失です: 2乗和誤差 ½ Σ (y − t)² で、局所的な微分は y − t です。</translation>
    </message>
    <message>
      <source>The %1 penalty (λ = %2) is not in this graph: the gradients are of this point's loss alone; training adds %3 to ∂L/∂W.</source>
      <translation>%1 正則化の項 (λ = %2) はこのグラフに入っていません: 勾配はこの点の損失だけのものです。学習では ∂L/∂W に %3 が加わります。</translation>
    </message>
    <message>
      <source>Evaluation mode: batch norm uses its running statistics.</source>
      <translation>評価モード: Batch Normalization は学習中に蓄えた平均と分散を使います。</translation>
    </message>
  </context>
  <context>
    <name>StepWording</name>
    <message>
      <source>Done. Under each value is its gradient ∂%1/∂(value): how much %1 changes when that value grows by a little, per unit.</source>
      <translation>完了。各値の下がその勾配 ∂%1/∂(値) です: その値を少し増やしたとき %1 が単位あたりどれだけ変わるか。</translation>
    </message>
    <message>
      <source>The forward pass is complete. Now press Backward (%1).</source>
      <translation>順伝播が終わりました。次は逆伝播 (%1) を押してください。</translation>
    </message>
    <message>
      <source>Press Forward (%1) to compute the graph one node at a time, from the inputs to the output (forward propagation).</source>
      <translation>順伝播 (%1) を押すと、入力から出力へ1ノードずつ計算します。</translation>
    </message>
    <message>
      <source>Forward: %1</source>
      <translation>順伝播: %1</translation>
    </message>
    <message>
      <source>The forward pass is complete.</source>
      <translation>順伝播が終わりました。</translation>
    </message>
    <message>
      <source>Backpropagation starts at the output: ∂%1/∂%1 = 1.</source>
      <translation>逆伝播は出力から始まります: ∂%1/∂%1 = 1。</translation>
    </message>
    <message>
      <source>Backward through %1: each input gets the upstream gradient %2 times its local derivative (chain rule):</source>
      <translation>%1 の逆伝播: 上流から来た勾配 %2 に局所的な微分を掛けて、各入力へ送ります(連鎖律):</translation>
    </message>
    <message>
      <source>%1 is used %2 times: the gradients coming back are added.</source>
      <translation>%1 は %2 回使われています: 戻ってくる勾配を足し合わせます。</translation>
    </message>
    <message>
      <source>Backpropagation needs the forward values first: press Forward (%1) or Run all (%2).</source>
      <translation>逆伝播にはまず順伝播の値が必要です: 順伝播 (%1) か すべて計算 (%2) を押してください。</translation>
    </message>
    <message>
      <source>forward %1/%2</source>
      <translation>順伝播 %1/%2</translation>
    </message>
    <message>
      <source>forward %1/%2 · backward %3/%4</source>
      <translation>順伝播 %1/%2 · 逆伝播 %3/%4</translation>
    </message>
  </context>
  <context>
    <name>docks</name>
    <message>
      <source>Computational graph</source>
      <translation>計算グラフ</translation>
    </message>
  </context>
  <context>
    <name>shortcuts</name>
    <message>
      <source>Computational graph: f&amp;orward one node</source>
      <translation>計算グラフ: 1ノード順伝播(&amp;O)</translation>
    </message>
    <message>
      <source>Computational graph: &amp;backward one node</source>
      <translation>計算グラフ: 1ノード逆伝播(&amp;B)</translation>
    </message>
    <message>
      <source>Computational graph: run &amp;all</source>
      <translation>計算グラフ: すべて計算(&amp;A)</translation>
    </message>
    <message>
      <source>Computational graph: back to the &amp;start</source>
      <translation>計算グラフ: 最初に戻る(&amp;S)</translation>
    </message>
  </context>
  <context>
    <name>expression</name>
    <message>
      <source>The expression is empty.</source>
      <translation>式が空です。</translation>
    </message>
    <message>
      <source>Unexpected character '{char}'.</source>
      <translation>使えない文字 '{char}' があります。</translation>
    </message>
    <message>
      <source>{text} is not a number.</source>
      <translation>{text} は数ではありません。</translation>
    </message>
    <message>
      <source>The result is too large.</source>
      <translation>結果が大きすぎます。</translation>
    </message>
    <message>
      <source>Expected a number, a name or '(' but found '{text}'.</source>
      <translation>数、名前、'(' のどれかが必要ですが、'{text}' がありました。</translation>
    </message>
    <message>
      <source>The expression ends too early.</source>
      <translation>式が途中で終わっています。</translation>
    </message>
    <message>
      <source>An operator is missing before '{text}'.</source>
      <translation>'{text}' の前に演算子がありません。</translation>
    </message>
    <message>
      <source>Missing ')' for the '(' at column {open}.</source>
      <translation>{open} 文字目の '(' に対応する ')' がありません。</translation>
    </message>
    <message>
      <source>This ')' has no matching '('.</source>
      <translation>この ')' に対応する '(' がありません。</translation>
    </message>
    <message>
      <source>Unexpected '{text}'.</source>
      <translation>ここに '{text}' は書けません。</translation>
    </message>
    <message>
      <source>Unexpected '=': give values before a ':', as in x=3, y=2: x*y.</source>
      <translation>ここに '=' は書けません: 値は ':' の前に書きます(例: x=3, y=2: x*y)。</translation>
    </message>
    <message>
      <source>{name} takes one argument.</source>
      <translation>{name} の引数は1つです。</translation>
    </message>
    <message>
      <source>Unknown function {name}.</source>
      <translation>{name} という関数はありません。</translation>
    </message>
    <message>
      <source>{name} is a function: write {name}(...).</source>
      <translation>{name} は関数です: {name}(...) と書いてください。</translation>
    </message>
    <message>
      <source>No value given for {name}.</source>
      <translation>{name} の値が与えられていません。</translation>
    </message>
    <message>
      <source>Expected a variable name but found '{text}'.</source>
      <translation>変数名が必要ですが、'{text}' がありました。</translation>
    </message>
    <message>
      <source>Expected '=' after {name}.</source>
      <translation>{name} の後に '=' が必要です。</translation>
    </message>
    <message>
      <source>Expected ',' or ':' but found '{text}'.</source>
      <translation>',' か ':' が必要ですが、'{text}' がありました。</translation>
    </message>
    <message>
      <source>{name} is given twice.</source>
      <translation>{name} が2回与えられています。</translation>
    </message>
    <message>
      <source>{name} is a function name; choose another name for the variable.</source>
      <translation>{name} は関数名です: 変数には別の名前を付けてください。</translation>
    </message>
    <message>
      <source>The value of {variable} must be a number, not another variable ({name}).</source>
      <translation>{variable} の値は数でなければなりません(別の変数 {name} は使えません)。</translation>
    </message>
    <message>
      <source>The exponent must be a constant, but {name} is a variable.</source>
      <translation>指数は定数でなければなりませんが、{name} は変数です。</translation>
    </message>
    <message>
      <source>log needs a positive number, got {value}.</source>
      <translation>log には正の数が必要ですが、{value} でした。</translation>
    </message>
    <message>
      <source>Division by zero.</source>
      <translation>0 で割っています。</translation>
    </message>
    <message>
      <source>A negative number ({base}) cannot be raised to a non-integer power ({exponent}).</source>
      <translation>負の数 ({base}) を整数でない指数 ({exponent}) でべき乗することはできません。</translation>
    </message>
    <message>
      <source>0 to the power {exponent} has no finite derivative.</source>
      <translation>0 の {exponent} 乗は微分が有限になりません。</translation>
    </message>
    <message>
      <source>The expression is nested too deeply.</source>
      <translation>式の入れ子が深すぎます。</translation>
    </message>
  </context>
</TS>
