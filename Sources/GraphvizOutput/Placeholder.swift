import ActorGraph
