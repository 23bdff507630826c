// Policy retrieval benchmark (issue 6): index build time on the corpus, query latency p50/p95 on the corpus and on a
// synthetic corpus of 100,000 articles recombined from the real ones. Prints figures; not a unit test.
//   dotnet run -c Release --project bench/policy [-- QUESTIONS.jsonl]
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using EnvBot.Knowledge.Policy;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var questions = LoadQuestions(args);
var time = TimeProvider.System;

var watch = Stopwatch.StartNew();
PolicyTokenizer.Warm();
var jieba = watch.Elapsed;
watch.Restart();
var corpus = PolicyCorpus.LoadBuiltIn();
var parse = watch.Elapsed;
watch.Restart();
var search = new PolicySearch(corpus, time);
var build = watch.Elapsed;
Console.WriteLine($"corpus: {corpus.Documents.Count} documents, {search.ArticleCount} articles");
Console.WriteLine($"  jieba dictionary load {jieba.TotalSeconds:F2} s (once per process)");
Console.WriteLine($"  parse {parse.TotalSeconds:F2} s, index build (segmentation + BM25) {build.TotalSeconds:F2} s, total {(jieba + parse + build).TotalSeconds:F2} s");
Measure("corpus", search, questions);

// Synthetic corpus: each article joins two random real articles (text and terms), 100,000 in all.
var random = new Random(42);
var real = corpus.Documents.SelectMany(d => d.Articles.Select(a => (Document: d, Article: a))).ToList();
watch.Restart();
var realTerms = real.Select(r => PolicySearch.IndexDocument(r.Document, r.Article)).ToArray();
var articles = new List<PolicyArticle>(100_000);
var terms = new List<PolicyIndexDocument>(100_000);
for (var n = 1; n <= 100_000; n++)
{
    var a = random.Next(real.Count);
    var b = random.Next(real.Count);
    articles.Add(new PolicyArticle(n, ChineseNumerals.ArticleLabel(n % 9999 + 1), real[a].Article.Chapter, real[a].Article.Text + "\n" + real[b].Article.Text));
    terms.Add(new PolicyIndexDocument(
        [.. realTerms[a].Words, .. realTerms[b].Words],
        [.. realTerms[a].Bigrams, .. realTerms[b].Bigrams],
        realTerms[a].Heading));
}
var synthetic = new PolicyCorpus([.. Enumerable.Range(0, 100).Select(d => new PolicyDocument
{
    File = $"synthetic-{d:D3}.md",
    Title = $"合成法规{d:D3}",
    Category = "法律",
    Status = "现行有效",
    Articles = articles.GetRange(d * 1000, 1000),
})]);
var generate = watch.Elapsed;
watch.Restart();
var large = new PolicySearch(synthetic, time, null, terms);
Console.WriteLine($"synthetic: 100,000 articles generated in {generate.TotalSeconds:F2} s, index build {watch.Elapsed.TotalSeconds:F2} s");
Measure("100k", large, questions);
return 0;

static void Measure(string name, PolicySearch search, IReadOnlyList<string> questions)
{
    foreach (var q in questions.Take(10))
    {
        search.Search(q, 10); // JIT warm-up
    }
    var samples = new List<double>();
    for (var round = 0; round < 3; round++)
    {
        foreach (var q in questions)
        {
            var start = Stopwatch.GetTimestamp();
            search.Search(q, 10);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
    samples.Sort();
    double P(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
    Console.WriteLine($"  {name}: {samples.Count} queries, p50 {P(0.50):F2} ms, p95 {P(0.95):F2} ms, max {samples[^1]:F2} ms");
}

static List<string> LoadQuestions(string[] args)
{
    var path = args.Length > 0 ? args[0] : FindUp("shared/data/policy-qa/dev.jsonl");
    return [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => (string)JsonNode.Parse(l)!["question"]!)];
}

static string FindUp(string relative)
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, relative);
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }
    throw new FileNotFoundException(relative);
}
