using System.Security.Cryptography;
using System.Text;

namespace EnvBot.Knowledge.Policy.Embeddings;

/// <summary>
/// The corpus's article vectors, computed once (at warm-up) and kept in memory keyed by corpus version, and the
/// question's vector at search time. A search never waits for the corpus to be embedded: until the vectors are ready,
/// or when the model fails, it is BM25 only (issue 6). A failed corpus embedding is retried after
/// <see cref="RetryAfter"/>.
/// </summary>
public sealed class PolicyEmbeddings(IPolicyEmbeddingGenerator generator, TimeSpan queryTimeout, TimeSpan corpusTimeout, TimeProvider time)
{
    /// <summary>Article text given to the model: enough for its meaning, bounded for the model's context.</summary>
    public const int MaxArticleChars = 512;

    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private string? _version;
    private Task<float[][]?>? _articles;
    private DateTimeOffset _failedAt = DateTimeOffset.MinValue;

    /// <summary>A stable key for the corpus's content: file, version and article texts of every document.</summary>
    public static string CorpusVersion(IEnumerable<(string File, string Version, string Text)> articles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (file, version, text) in articles)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\u0001" + version + "\u0001" + text + "\u0002"));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The corpus vectors (unit length), computing them if this version has none yet; null when the model failed.</summary>
    public Task<float[][]?> ArticlesAsync(string version, Func<IReadOnlyList<string>> texts, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var failed = _articles is { IsCompletedSuccessfully: true, Result: null } || _articles is { IsFaulted: true } || _articles is { IsCanceled: true };
            if (_version == version && _articles is not null && (!failed || time.GetUtcNow() - _failedAt < RetryAfter))
            {
                return _articles;
            }
            _version = version;
            _articles = ComputeAsync(texts(), cancellationToken);
            return _articles;
        }
    }

    /// <summary>The vectors of <paramref name="version"/> if already computed; otherwise starts computing them and returns null.</summary>
    public float[][]? Ready(string version, Func<IReadOnlyList<string>> texts)
    {
        var task = ArticlesAsync(version, texts, CancellationToken.None);
        return task.IsCompletedSuccessfully ? task.Result : null;
    }

    /// <summary>The question's unit vector, or null when the model fails or is slower than the query timeout.</summary>
    public async Task<float[]?> QueryAsync(string question, CancellationToken cancellationToken)
    {
        var vectors = await generator.EmbedAsync([question], queryTimeout, cancellationToken).ConfigureAwait(false);
        return vectors is [var v] && Normalise(v) ? v : null;
    }

    private async Task<float[][]?> ComputeAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = await generator.EmbedAsync([.. texts.Select(t => t.Length > MaxArticleChars ? t[..MaxArticleChars] : t)], corpusTimeout, cancellationToken).ConfigureAwait(false);
        if (vectors is null || vectors.Length != texts.Count || !vectors.All(Normalise))
        {
            _failedAt = time.GetUtcNow();
            return null;
        }
        return vectors;
    }

    /// <summary>Scales to unit length so cosine similarity is a dot product; false for an empty or zero vector.</summary>
    private static bool Normalise(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        if (v.Length == 0 || norm == 0 || float.IsNaN(norm))
        {
            return false;
        }
        for (var i = 0; i < v.Length; i++)
        {
            v[i] /= norm;
        }
        return true;
    }
}
