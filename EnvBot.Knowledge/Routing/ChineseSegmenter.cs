using JiebaNet.Segmenter;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// jieba.NET segmentation with the routing table's domain words added (危废, 排污许可, 三同时, VOCs …), so they stay one
/// token. jieba.NET reads its dictionary from the folder <see cref="Text.JiebaResources"/> configures and
/// keeps it in a process-wide singleton, so the segmenter is created once and calls are serialised.
/// </summary>
public sealed class ChineseSegmenter
{
    private static readonly Lock Gate = new();
    private static JiebaSegmenter? _shared;
    private static readonly HashSet<string> AddedWords = [];

    private readonly JiebaSegmenter _segmenter;

    public ChineseSegmenter(IEnumerable<string> domainTerms)
    {
        lock (Gate)
        {
            if (_shared is null)
            {
                Text.JiebaResources.Configure();
                _shared = new JiebaSegmenter();
            }
            foreach (var term in domainTerms)
            {
                if (AddedWords.Add(term))
                {
                    _shared.AddWord(term);
                }
            }
            _segmenter = _shared;
        }
    }

    /// <summary>Tokens without whitespace and punctuation.</summary>
    public IReadOnlyList<string> Cut(string text)
    {
        lock (Gate)
        {
            return _segmenter.Cut(text, cutAll: false, hmm: true)
                .Where(t => t.Any(char.IsLetterOrDigit))
                .ToList();
        }
    }
}
