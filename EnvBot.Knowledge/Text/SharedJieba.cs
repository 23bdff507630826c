using EnvBot.Knowledge.Policy;
using JiebaNet.Segmenter;

namespace EnvBot.Knowledge.Text;

/// <summary>
/// The one jieba segmenter of the process. jieba.NET keeps a single word dictionary per process, so a word added by one
/// segmenter changes how every other one cuts. The policy index is built once and must cut its questions exactly as it
/// cut its articles; so the dictionary gets the policy domain words once, before anything is cut, and nothing adds to it
/// afterwards — routing keeps its own (admin-editable) terms whole without touching it (see
/// <see cref="Routing.ChineseSegmenter"/>). Found when the evaluation tables gave other figures in the full test run (routing
/// tests had added their words first) than alone.
/// </summary>
public static class SharedJieba
{
    private static readonly Lazy<JiebaSegmenter> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static JiebaSegmenter Segmenter => Instance.Value;

    private static JiebaSegmenter Create()
    {
        JiebaResources.Configure();
        var segmenter = new JiebaSegmenter();
        foreach (var word in PolicyLexicon.DomainWords)
        {
            segmenter.AddWord(word.ToLowerInvariant());
            segmenter.AddWord(word);
        }
        return segmenter;
    }
}
