namespace EnvBot.Knowledge.Policy;

/// <summary>
/// An in-memory inverted index scored with BM25 (k1 = 0.9, b = 0.75) over three fields: body words (weight 1), body bigrams (0.45) and
/// heading words and bigrams (law title + chapter path, 0.2). The per-posting BM25 term-frequency factor is computed once at build, so a
/// query only multiplies by idf and the field weight and adds.
/// </summary>
public sealed class PolicyIndex
{
    private const float K1 = 0.9f;
    private const float B = 0.75f;
    private readonly Field[] _fields;

    private PolicyIndex(int count, Field[] fields)
    {
        Count = count;
        _fields = fields;
    }

    public int Count { get; }

    public static PolicyIndex Build(IReadOnlyList<PolicyIndexDocument> documents)
    {
        var fields = new[]
        {
            Field.Build(documents, d => d.Words, 1.0f),
            Field.Build(documents, d => d.Bigrams, 0.45f),
            Field.Build(documents, d => d.Heading, 0.2f),
        };
        return new PolicyIndex(documents.Count, fields);
    }

    /// <summary>Adds each document's BM25 score for the query terms into <paramref name="scores"/> (length <see cref="Count"/>).</summary>
    public void Score(PolicyQueryTerms query, float[] scores)
    {
        Score(_fields[0], query.Words, scores);
        Score(_fields[1], query.Bigrams, scores);
        Score(_fields[2], query.Words, scores);
        Score(_fields[2], query.Bigrams, scores);
    }

    /// <summary>How many documents hold <paramref name="word"/> in their body.</summary>
    public int DocumentFrequency(string word) => _fields[0].Postings.TryGetValue(word, out var p) ? p.Documents.Length : 0;

    private void Score(Field field, IReadOnlyDictionary<string, float> terms, float[] scores)
    {
        foreach (var (term, weight) in terms)
        {
            if (!field.Postings.TryGetValue(term, out var postings))
            {
                continue;
            }
            var df = postings.Documents.Length;
            // A term in more than a third of all articles (应当, 规定 …) barely moves the ranking but costs a full scan.
            if (df * 3 > Count)
            {
                continue;
            }
            var idf = MathF.Log(1 + (Count - df + 0.5f) / (df + 0.5f)) * weight * field.Weight;
            var docs = postings.Documents;
            var factors = postings.Factors;
            for (var i = 0; i < docs.Length; i++)
            {
                scores[docs[i]] += idf * factors[i];
            }
        }
    }

    private sealed record Postings(int[] Documents, float[] Factors);

    private sealed record Field(Dictionary<string, Postings> Postings, float Weight)
    {
        public static Field Build(IReadOnlyList<PolicyIndexDocument> documents, Func<PolicyIndexDocument, IReadOnlyList<string>> terms, float weight)
        {
            var lengths = new int[documents.Count];
            var raw = new Dictionary<string, List<(int Doc, int Tf)>>(StringComparer.Ordinal);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var d = 0; d < documents.Count; d++)
            {
                counts.Clear();
                var list = terms(documents[d]);
                lengths[d] = list.Count;
                foreach (var t in list)
                {
                    counts[t] = counts.GetValueOrDefault(t) + 1;
                }
                foreach (var (t, tf) in counts)
                {
                    if (!raw.TryGetValue(t, out var postings))
                    {
                        raw[t] = postings = [];
                    }
                    postings.Add((d, tf));
                }
            }
            var average = Math.Max(1f, (float)lengths.Average());
            var result = new Dictionary<string, Postings>(raw.Count, StringComparer.Ordinal);
            foreach (var (t, postings) in raw)
            {
                var docs = new int[postings.Count];
                var factors = new float[postings.Count];
                for (var i = 0; i < postings.Count; i++)
                {
                    var (doc, tf) = postings[i];
                    docs[i] = doc;
                    factors[i] = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[doc] / average));
                }
                result[t] = new Postings(docs, factors);
            }
            return new Field(result, weight);
        }
    }
}
