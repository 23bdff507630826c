namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>; name them <c>&lt;Field&gt;StepAsync</c>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
